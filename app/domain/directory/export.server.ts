// Bulk export of the current directory search (CSV, or one vCard file) for the secretariat. An export is
// the easiest leak, so it is refused to everyone else and every one is audited with its filter. Hidden
// phone numbers stay hidden here too.
import { csvText } from "~/downloads.server";
import type { TFunction } from "i18next";
import { db } from "~/db.server";
import { canExportDirectory } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { config } from "~/config.server";
import { intlLocale, type Language } from "~/i18n/config";
import { translator } from "~/i18n/i18n.server";
import { auditBy } from "~/audit.server";
import { readEntries, type DirectoryEntry } from "./people.server";
import { filtersOf, type DirectoryQuery } from "./filters";
import { findAllDirectoryIds } from "./search.server";
import { pillarName } from "../../pillars";
import { personVCard } from "./vcard.server";
import { localName, type LocalizedNames } from "../../names";

export type ExportFormat = "csv" | "vcf";

/** Ids per hydrating query: keeps each statement's parameter list modest at any result size. */
const CHUNK = 1000;

async function exportedPeople(actor: ActingUser, query: DirectoryQuery, language: string) {
  const ids = await findAllDirectoryIds(query, language);
  const people: DirectoryEntry[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) people.push(...(await readEntries(actor, ids.slice(i, i + CHUNK))));
  return people;
}

export const directoryPageUrl = (id: string) => new URL(`/directory/${id}`, config().APP_URL).toString();

/** A spreadsheet opens a cell starting with = + - @ (or a tab/CR) as a formula: such text is quoted with '. */
function toCsv(people: DirectoryEntry[], language: Language, t: TFunction) {
  const languageNames = new Intl.DisplayNames(intlLocale[language], { type: "language" });
  const named = (org: LocalizedNames) => localName(org, language);
  const header = [
    "name",
    "email",
    "title",
    "organization",
    "organizationKind",
    "country",
    "region",
    "workingGroups",
    "languages",
    "interests",
    "phone",
    "timeZone",
    "link",
  ].map((key) => t(`directory.csv.${key}` as never));
  const rows = people.map((p) => [
    p.name,
    p.email,
    p.title ?? "",
    named(p.organization),
    t(`enums.orgKind.${p.organization.kind}`),
    p.organization.kind === "MEMBER_STATE" ? named(p.organization) : "",
    p.organization.region ? t(`enums.region.${p.organization.region}`) : "",
    p.memberships.map((m) => `${named(m.group)} (${t(`enums.groupRole.${m.role}`)})`).join("; "),
    p.languages.map((code) => languageNames.of(code) ?? code).join("; "),
    p.interests.map((n) => pillarName(n, language)).join("; "),
    // Validated as an international number (digits, spaces, "+", "-", parentheses): not a formula.
    p.phone ?? "",
    p.timeZone,
    directoryPageUrl(p.id),
  ]);
  return csvText(header, rows);
}

export async function exportDirectory(actor: ActingUser, query: DirectoryQuery, format: ExportFormat, language: Language) {
  ensure(canExportDirectory(actor), "403");
  const people = await exportedPeople(actor, query, language);
  const t = await translator(language);
  const body =
    format === "csv"
      ? toCsv(people, language, t)
      : people.map((p) => personVCard(p, { language, t, pageUrl: directoryPageUrl(p.id) })).join("");
  await auditBy(actor, db, {
    action: "directory.exported",
    subjectType: "Directory",
    after: { format, filters: filtersOf(query), sort: query.sort, count: people.length },
  });
  return { body, count: people.length };
}
