// The outline of every country as an SVG path (world-atlas, Natural Earth 1:110m, projected with d3-geo's Equal Earth),
// computed once per process, on the server and in the browser alike. The map pages send only each shape's figures:
// the browser draws the same paths from this module (a chunk of the map routes, cached like every fingerprinted
// script) instead of receiving ~100 KB of path data a second time in the page's data.
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import { ALPHA3_OF_NUMERIC } from "./world-map-codes";
import { compactPath } from "./compact-path";

export const WIDTH = 960;
export const HEIGHT = 470;

export type Shape = { numeric: string; iso3: string | null; d: string };
let shapes: Shape[] | undefined;

/** Every country's outline as an SVG path, projected once (about 64 KB of path data at one decimal, written compactly). */
export function countryShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], countries);
  const path = geoPath(projection).digits(1);
  shapes = countries.features
    // Antarctica takes a sixth of the picture and has no projects.
    .filter((f) => f.id !== "010")
    .map((f) => ({ numeric: String(f.id ?? ""), iso3: ALPHA3_OF_NUMERIC[String(f.id ?? "")] ?? null, d: compactPath(path(f) ?? "") }))
    .filter((s) => s.d !== "");
  return shapes;
}

/** The path of the map's `index`-th shape (the pages send their shapes' figures in this module's order). */
export const shapePath = (index: number) => countryShapes()[index]?.d ?? "";
