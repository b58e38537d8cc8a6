// The matrix agrees with the lists it links to: for every ordered pair of axes, with and without filters,
// each cell, row total, column total and the grand total equal the count, budget and funding gap of the
// filtered list (all its rows, summed here in JavaScript, not by the SQL that builds the matrix).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import type { ActingUser } from "~/auth/guards.server";
import { AXES, MatrixQuery, narrowSelection, ProjectFilters, type ProjectSelection } from "~/domain/projects/filter-values";
import { cellKey, projectMatrix, type Figures } from "~/domain/projects/matrix.server";
import { exportProjects, listProjects } from "~/domain/projects/list.server";
import { seedActivitiesAndProjects } from "../../prisma/seed/activities-projects.ts";
import { actingAs, createUser, seedReference } from "../support/fixtures";

let reader: ActingUser;

beforeAll(async () => {
  await seedReference();
  await seedActivitiesAndProjects(db);
  reader = await actingAs((await createUser({ role: "FOCAL_POINT", organization: "KEN" })).id);
});

/** The figures of the list a link opens, from its rows. */
async function listFigures(selection: ProjectSelection): Promise<Figures> {
  const rows = await exportProjects(reader, ProjectFilters.parse(selection));
  return {
    projects: rows.length,
    budgetUsd: rows.reduce((sum, r) => sum + r.budgetUsd, 0),
    gapUsd: rows.reduce((sum, r) => sum + r.gapUsd, 0),
  };
}

const FILTER_SETS: Array<[string, ProjectSelection]> = [
  ["no filter", {}],
  ["ongoing in Africa", { status: "ONGOING", region: "AFRICA" }],
  ["pillar 2, partly funded or not", { pillar: "2", funding: "PARTIALLY_FUNDED" }],
  ["thematic PCVE, in the appeal", { thematic: "pcve", appeal: "yes" }],
];

describe("the project matrix", () => {
  it("has the seeded appeal: about 60 projects from 10+ entities across the four pillars", async () => {
    const matrix = await projectMatrix(reader, MatrixQuery.parse({ rows: "organization", cols: "pillar" }));
    expect(matrix.total.projects).toBe(60);
    expect(matrix.rowKeys.length).toBeGreaterThanOrEqual(10);
    expect(matrix.colKeys.sort()).toEqual(["1", "2", "3", "4"]);
    const appeal = await listProjects(reader, ProjectFilters.parse({ appeal: "yes" }));
    expect(appeal.totals.projects).toBeGreaterThanOrEqual(50);
    expect(appeal.totals.budgetUsd).toBeGreaterThan(170_000_000);
    expect(appeal.totals.budgetUsd).toBeLessThan(210_000_000);
  });

  for (const [filterName, filters] of FILTER_SETS) {
    for (const rows of AXES) {
      for (const cols of AXES) {
        if (rows === cols) continue;
        it(`${rows} × ${cols}, ${filterName}: every cell and total equals its filtered list`, async () => {
          const matrix = await projectMatrix(reader, MatrixQuery.parse({ ...filters, rows, cols }));
          expect(await listFigures(filters)).toEqual(matrix.total);
          for (const row of matrix.rowKeys) {
            expect(await listFigures(narrowSelection(filters, { [rows]: row })), `row ${row}`).toEqual(matrix.rowTotals[row]);
            for (const col of matrix.colKeys) {
              const cell = matrix.cells[cellKey(row, col)] ?? { projects: 0, budgetUsd: 0, gapUsd: 0 };
              expect(await listFigures(narrowSelection(filters, { [rows]: row, [cols]: col })), `cell ${row} × ${col}`).toEqual(cell);
            }
          }
          for (const col of matrix.colKeys) {
            expect(await listFigures(narrowSelection(filters, { [cols]: col })), `column ${col}`).toEqual(matrix.colTotals[col]);
          }
        });
      }
    }
  }

  it("counts a project in two regions once per region cell and once in the totals", async () => {
    const matrix = await projectMatrix(reader, MatrixQuery.parse({ rows: "organization", cols: "region", q: "UNOCT-CYBER" }));
    expect(matrix.total.projects).toBe(1);
    expect(matrix.colKeys.sort()).toEqual(["AFRICA", "ASIA"]);
    const [lead] = matrix.rowKeys;
    expect(matrix.cells[cellKey(lead, "AFRICA")].projects).toBe(1);
    expect(matrix.cells[cellKey(lead, "ASIA")].projects).toBe(1);
    expect(matrix.rowTotals[lead]).toEqual(matrix.total);
  });

  it("shows only the filtered value of a dimension that is also an axis", async () => {
    const matrix = await projectMatrix(reader, MatrixQuery.parse({ rows: "thematic", cols: "region", region: "ASIA" }));
    expect(matrix.colKeys).toEqual(["ASIA"]);
    expect(matrix.colTotals.ASIA).toEqual(matrix.total);
  });

  it("puts global projects and projects without a working group in their own row", async () => {
    const matrix = await projectMatrix(reader, MatrixQuery.parse({ rows: "group", cols: "region" }));
    expect(matrix.rowKeys).toContain("none");
    expect(matrix.colKeys).toContain("GLOBAL");
    expect(matrix.colTotals.GLOBAL.projects).toBe(await db.project.count({ where: { isGlobal: true } }));
  });

  it("falls back to distinct axes when rows and columns are the same", () => {
    expect(MatrixQuery.parse({ rows: "region", cols: "region" })).toMatchObject({ rows: "region", cols: "thematic" });
    expect(MatrixQuery.parse({ rows: "pillar", cols: "pillar" })).toMatchObject({ rows: "pillar", cols: "region" });
  });
});
