// /bench/floor?id=<organization id>: the minimal page of the load benchmark (scripts/bench/load.ts). The same
// server, middleware, root loader and chrome as every page, with one query by primary key and a small React
// page: each page's throughput is reported as a ratio to this one. Answers 404 unless BENCH_FLOOR=1.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { notFound } from "~/auth/guards.server";
import { floorRecord } from "~/bench-floor.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const id = z.uuid().safeParse(new URL(request.url).searchParams.get("id"));
  if (!id.success) notFound();
  return floorRecord(id.data);
}

export default function BenchFloor() {
  const { name } = useLoaderData<typeof loader>();
  return <h1>{name}</h1>;
}
