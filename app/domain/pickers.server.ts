// The organizations and working groups that filter menus and forms offer, with their names in six languages or
// in one reader's language: the reference lists (projects/reference-lists.server.ts, read once per version of
// those tables) without what the menus do not show, so the pages that send them send no more.
import { figuresFor } from "~/data-versions.server";
import { inLanguage } from "~/names";
import { workReference } from "./projects/reference-lists.server";

/** Every organization (by kind, then name) and every working group (by number), with their names in six languages. */
export function pickers() {
  return figuresFor(["reference"], "pickers", async () => {
    const { organizations, groups } = await workReference();
    return {
      organizations: organizations.map(({ iso3: _iso3, region: _region, ...organization }) => organization),
      groups: groups.map(({ pillar: _pillar, ...group }) => group),
    };
  });
}

/** The same, each named in `language` only (for a page that sends them to the browser). Shared: do not change it. */
export function pickersIn(language: string) {
  return figuresFor(["reference"], `pickers in ${language}`, async () => {
    const { organizations, groups } = await pickers();
    return {
      organizations: organizations.map((o) => inLanguage(o, language)),
      groups: groups.map((g) => inLanguage(g, language)),
    };
  });
}
