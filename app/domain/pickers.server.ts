// The organizations and working groups that filter menus and forms offer, with their names in six languages or
// in one reader's language. Read again only when one of those tables has changed (data version "reference"):
// until then every page shares what was read.
import { db } from "~/db.server";
import { figuresFor } from "~/data-versions.server";
import { inLanguage, LOCAL_NAMES } from "~/names";

function readPickers() {
  return Promise.all([
    db.organization.findMany({
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      select: { id: true, ...LOCAL_NAMES, acronym: true, kind: true },
    }),
    db.workingGroup.findMany({
      orderBy: { number: "asc" },
      select: { id: true, number: true, slug: true, ...LOCAL_NAMES },
    }),
  ]).then(([organizations, groups]) => ({ organizations, groups }));
}

/** Every organization (by kind, then name) and every working group (by number), with their names in six languages. */
export function pickers(): ReturnType<typeof readPickers> {
  return figuresFor(["reference"], "pickers", readPickers);
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
