// What a project or activity form names by code (lead organization, partners, countries by ISO code,
// thematic areas by slug, working group by number) checked against the database and turned into ids.
// Anything unknown becomes a message on its field, never a foreign-key error.
import type { Prisma } from "~/db.server";
import { canRecordWorkLedBy, type Actor } from "~/auth/policy";
import type { FieldErrors } from "~/forms.server";

type Client = Prisma.TransactionClient;

export type WorkReferences = {
  leadOrganizationId: string;
  partnerIds: string[];
  countryIds: string[];
  /** Regions of the beneficiary countries (projects add them to the regions chosen on the form). */
  countryRegions: Array<"AFRICA" | "AMERICAS" | "ASIA" | "EUROPE" | "OCEANIA">;
  thematicAreaIds: string[];
  workingGroupId: string | null;
};

export type WorkReferenceInput = {
  leadOrganizationId: string;
  partnerIds: string[];
  countries: string[];
  thematicAreas: string[];
  workingGroup: number | null;
};

export async function resolveWorkReferences(
  tx: Client,
  actor: Actor,
  input: WorkReferenceInput,
): Promise<{ ok: true; references: WorkReferences } | { ok: false; errors: FieldErrors }> {
  const organizationIds = [...new Set([input.leadOrganizationId, ...input.partnerIds])];
  // One after the other: inside an interactive transaction all queries share one connection.
  const organizations = await tx.organization.findMany({ where: { id: { in: organizationIds } }, select: { id: true, kind: true } });
  const countries = input.countries.length
    ? await tx.organization.findMany({
        where: { iso3: { in: input.countries }, kind: "MEMBER_STATE" },
        select: { id: true, iso3: true, region: true },
      })
    : [];
  const areas = input.thematicAreas.length
    ? await tx.thematicArea.findMany({ where: { slug: { in: input.thematicAreas } }, select: { id: true, slug: true } })
    : [];
  const group =
    input.workingGroup !== null ? await tx.workingGroup.findUnique({ where: { number: input.workingGroup }, select: { id: true } }) : null;
  const errors: FieldErrors = {};
  const lead = organizations.find((o) => o.id === input.leadOrganizationId);
  if (!lead) errors.leadOrganizationId = "errors.chooseOption";
  else if (lead.kind === "MEMBER_STATE") errors.leadOrganizationId = "projects.errors.leadMustBeEntity";
  else if (!canRecordWorkLedBy(actor, lead.id)) errors.leadOrganizationId = "projects.errors.notYourOrganization";
  const partnerIds = [...new Set(input.partnerIds)].filter((id) => id !== input.leadOrganizationId);
  if (partnerIds.some((id) => !organizations.some((o) => o.id === id))) errors.partnerIds = "errors.chooseOption";
  const wantedCountries = new Set(input.countries);
  if (countries.length !== wantedCountries.size) errors.countries = "projects.errors.unknownCountry";
  if (areas.length !== new Set(input.thematicAreas).size) errors.thematicAreas = "errors.chooseOption";
  if (input.workingGroup !== null && !group) errors.workingGroup = "errors.chooseOption";
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    references: {
      leadOrganizationId: input.leadOrganizationId,
      partnerIds,
      countryIds: countries.map((c) => c.id),
      countryRegions: [...new Set(countries.flatMap((c) => (c.region ? [c.region] : [])))],
      thematicAreaIds: areas.map((a) => a.id),
      workingGroupId: group?.id ?? null,
    },
  };
}
