// The signed-in user as every request sees it: loaded with the session in one query.
import type { Actor } from "./policy";
import { LOCAL_NAMES } from "~/names";

export const actorInclude = {
  organization: {
    select: {
      id: true,
      ...LOCAL_NAMES,
      acronym: true,
      kind: true,
      iso2: true,
      iso3: true,
      isAssessmentBody: true,
      isSecretariat: true,
    },
  },
  memberships: { select: { groupId: true, role: true } },
} as const;

type UserWithActorData = {
  id: string;
  email: string;
  name: string;
  role: Actor["role"];
  status: Actor["status"];
  timeZone: string;
  locale: string | null;
  organizationId: string;
  leadSince: Date | null;
  organization: {
    id: string;
    name: string;
    nameZh: string | null;
    nameAr: string | null;
    nameFr: string | null;
    nameRu: string | null;
    nameEs: string | null;
    acronym: string | null;
    kind: Actor["organizationKind"];
    iso2: string | null;
    iso3: string | null;
    isAssessmentBody: boolean;
    isSecretariat: boolean;
  };
  memberships: Array<{ groupId: string; role: Actor["memberships"][number]["role"] }>;
};

export type ActorAttributes = Omit<UserWithActorData, "id">;

export function toActorAttributes(user: UserWithActorData): ActorAttributes {
  const { id: _id, ...attributes } = user;
  return {
    email: attributes.email,
    name: attributes.name,
    role: attributes.role,
    status: attributes.status,
    timeZone: attributes.timeZone,
    locale: attributes.locale,
    organizationId: attributes.organizationId,
    leadSince: attributes.leadSince,
    organization: attributes.organization,
    memberships: attributes.memberships.map((m) => ({ groupId: m.groupId, role: m.role })),
  };
}

/** A signed-in user: what the policy needs, plus what the pages show about the person. */
export type CurrentUser = Actor & {
  email: string;
  name: string;
  timeZone: string;
  locale: string | null;
  organization: UserWithActorData["organization"];
};

export function toCurrentUser(id: string, a: ActorAttributes): CurrentUser {
  return {
    id,
    role: a.role,
    status: a.status,
    organizationId: a.organizationId,
    organizationKind: a.organization.kind,
    inAssessmentBody: a.organization.isAssessmentBody,
    memberships: a.memberships,
    isLead: a.leadSince !== null && a.leadSince !== undefined,
    email: a.email,
    name: a.name,
    timeZone: a.timeZone,
    locale: a.locale,
    organization: a.organization,
  };
}
