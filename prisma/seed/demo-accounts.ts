// Demo focal points, all with the password DEMO_PASSWORD. Created only when DEMO_DATA allows (demo-data.ts).
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import type { GroupRole, PlatformRole } from "../../app/generated/prisma/enums.ts";
import { hashPassword } from "../../app/auth/password.server.ts";
import { assertDemoDataAllowed } from "./demo-data.ts";

export const DEMO_PASSWORD = "coordination-demo";

type DemoAccount = {
  email: string;
  name: string;
  title: string;
  /** Acronym of a Compact entity, or ISO alpha-3 of a Member State. */
  organization: string;
  role: PlatformRole;
  /** Who they are, for the list of demo logins; their working groups are added from the database. */
  who: string;
  groups: Array<[number, GroupRole]>;
  languages: string[];
  timeZone: string;
  phone?: string;
  phoneVisible?: boolean;
  locale?: string;
  listed?: boolean;
  /** A lead focal point of their organization (nominates colleagues). */
  lead?: boolean;
};

export const demoAccounts: DemoAccount[] = [
  {
    email: "admin@demo.test",
    name: "Amira Haddad",
    title: "Platform Administrator",
    organization: "UNOCT",
    role: "ADMIN",
    who: "ADMIN, UNOCT (administration, audit trail)",
    groups: [],
    languages: ["en", "ar", "fr"],
    timeZone: "America/New_York",
    listed: true,
  },
  {
    email: "secretariat@demo.test",
    name: "Daniel Okafor",
    title: "Coordination Officer",
    organization: "UNOCT",
    role: "SECRETARIAT",
    who: "SECRETARIAT, UNOCT",
    groups: [
      [1, "CHAIR"],
      [5, "CHAIR"],
      [6, "CHAIR"],
    ],
    languages: ["en", "fr"],
    timeZone: "America/New_York",
    phone: "+1 212 555 0142",
    phoneVisible: true,
    listed: true,
  },
  {
    email: "cted@demo.test",
    name: "Sofia Marchetti",
    title: "Legal Officer, Assessment Unit",
    organization: "CTED",
    role: "FOCAL_POINT",
    who: "focal point of CTED (the assessment body)",
    groups: [
      [2, "CHAIR"],
      [4, "VICE_CHAIR"],
      [6, "CHAIR"],
      [8, "VICE_CHAIR"],
    ],
    languages: ["en", "it", "es"],
    timeZone: "America/New_York",
    listed: true,
  },
  {
    email: "unodc@demo.test",
    name: "Lukas Steiner",
    title: "Programme Officer, Terrorism Prevention Branch",
    organization: "UNODC",
    role: "FOCAL_POINT",
    who: "lead focal point of UNODC",
    lead: true,
    groups: [
      [4, "CHAIR"],
      [2, "VICE_CHAIR"],
    ],
    languages: ["en", "de"],
    timeZone: "Europe/Vienna",
    phone: "+43 1 26060 5555",
    phoneVisible: false,
    listed: true,
  },
  {
    email: "unwomen@demo.test",
    name: "Grace Mwangi",
    title: "Policy Specialist, Peace and Security",
    organization: "UN Women",
    role: "FOCAL_POINT",
    who: "focal point of UN Women",
    groups: [
      [8, "CHAIR"],
      [1, "MEMBER"],
    ],
    languages: ["en", "sw"],
    timeZone: "America/New_York",
    listed: true,
  },
  {
    email: "kenya@demo.test",
    name: "Wanjiru Kamau",
    title: "Director, National Counter Terrorism Centre",
    organization: "KEN",
    role: "FOCAL_POINT",
    who: "Member-State lead focal point, Kenya",
    lead: true,
    groups: [
      [1, "MEMBER"],
      [6, "MEMBER"],
    ],
    languages: ["en", "sw"],
    timeZone: "Africa/Nairobi",
    phone: "+254 20 555 0199",
    phoneVisible: true,
    listed: true,
  },
  {
    email: "norway@demo.test",
    name: "Ingrid Solberg",
    title: "Senior Adviser, Ministry of Foreign Affairs",
    organization: "NOR",
    role: "FOCAL_POINT",
    who: "Member-State focal point, Norway",
    groups: [
      [5, "MEMBER"],
      [7, "MEMBER"],
    ],
    languages: ["no", "en"],
    timeZone: "Europe/Oslo",
    listed: true,
  },
  {
    email: "indonesia@demo.test",
    name: "Rizky Pratama",
    title: "Deputy Director, National Counter-Terrorism Agency (BNPT)",
    organization: "IDN",
    role: "FOCAL_POINT",
    who: "Member-State focal point, Indonesia",
    groups: [
      [1, "MEMBER"],
      [4, "MEMBER"],
    ],
    languages: ["id", "en"],
    timeZone: "Asia/Jakarta",
    locale: "en",
    listed: true,
  },
  // Colleagues who make the demo look like a real network (not listed among the logins).
  {
    email: "interpol@demo.test",
    name: "Claire Dubois",
    title: "Counter-Terrorism Coordinator",
    organization: "INTERPOL",
    role: "FOCAL_POINT",
    who: "focal point of INTERPOL",
    groups: [
      [3, "CHAIR"],
      [2, "VICE_CHAIR"],
    ],
    languages: ["fr", "en"],
    timeZone: "Europe/Paris",
  },
  {
    email: "ohchr@demo.test",
    name: "Tomás Álvarez",
    title: "Human Rights Officer",
    organization: "OHCHR",
    role: "FOCAL_POINT",
    who: "focal point of OHCHR",
    groups: [[7, "CHAIR"]],
    languages: ["es", "en"],
    timeZone: "Europe/Zurich",
  },
  {
    email: "china@demo.test",
    name: "李明",
    title: "外交部国际司 参赞",
    organization: "CHN",
    role: "FOCAL_POINT",
    who: "Member-State focal point, China",
    groups: [
      [2, "MEMBER"],
      [3, "MEMBER"],
    ],
    languages: ["zh", "en"],
    timeZone: "Asia/Shanghai",
    locale: "zh",
  },
  {
    email: "russia@demo.test",
    name: "Анна Петрова",
    title: "Counsellor, Permanent Mission",
    organization: "RUS",
    role: "FOCAL_POINT",
    who: "Member-State focal point, Russian Federation",
    groups: [[3, "MEMBER"]],
    languages: ["ru", "en"],
    timeZone: "Europe/Moscow",
  },
  {
    email: "jordan@demo.test",
    name: "محمد العبدالله",
    title: "Head of International Cooperation",
    organization: "JOR",
    role: "FOCAL_POINT",
    who: "Member-State focal point, Jordan",
    groups: [
      [7, "MEMBER"],
      [8, "MEMBER"],
    ],
    languages: ["ar", "en"],
    timeZone: "Asia/Amman",
  },
  {
    email: "colombia@demo.test",
    name: "José Martínez",
    title: "Asesor, Ministerio de Defensa",
    organization: "COL",
    role: "FOCAL_POINT",
    who: "Member-State focal point, Colombia",
    groups: [[4, "MEMBER"]],
    languages: ["es", "en"],
    timeZone: "America/Bogota",
  },
  {
    email: "nigeria@demo.test",
    name: "Amina Yusuf",
    title: "Office of the National Security Adviser",
    organization: "NGA",
    role: "FOCAL_POINT",
    who: "Member-State focal point, Nigeria",
    groups: [
      [1, "MEMBER"],
      [6, "MEMBER"],
    ],
    languages: ["en", "ha"],
    timeZone: "Africa/Lagos",
  },
  {
    email: "undp@demo.test",
    name: "Hiroshi Tanaka",
    title: "Policy Specialist, Prevention of Violent Extremism",
    organization: "UNDP",
    role: "FOCAL_POINT",
    who: "focal point of UNDP",
    groups: [
      [1, "VICE_CHAIR"],
      [5, "MEMBER"],
    ],
    languages: ["ja", "en"],
    timeZone: "America/New_York",
  },
];

export async function seedDemoAccounts(db: PrismaClient) {
  assertDemoDataAllowed();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const groups = new Map((await db.workingGroup.findMany()).map((g) => [g.number, g.id]));
  for (const account of demoAccounts) {
    const organization = await db.organization.findFirst({
      where: { OR: [{ acronym: account.organization }, { iso3: account.organization }] },
    });
    if (!organization) throw new Error(`Demo account ${account.email}: unknown organization ${account.organization}`);
    const data = {
      name: account.name,
      title: account.title,
      organizationId: organization.id,
      role: account.role,
      status: "ACTIVE" as const,
      languages: account.languages,
      timeZone: account.timeZone,
      phone: account.phone ?? null,
      phoneVisible: account.phoneVisible ?? false,
      locale: account.locale ?? null,
      leadSince: account.lead ? new Date("2026-01-15T00:00:00Z") : null,
    };
    const user = await db.user.upsert({
      where: { email: account.email },
      create: { ...data, email: account.email, passwordHash },
      update: data,
    });
    for (const [number, role] of account.groups) {
      const groupId = groups.get(number);
      if (!groupId) throw new Error(`Demo account ${account.email}: unknown working group ${number}`);
      await db.membership.upsert({
        where: { userId_groupId: { userId: user.id, groupId } },
        create: { userId: user.id, groupId, role },
        update: { role },
      });
    }
  }
  return listedDemoLogins(db);
}

export type DemoLogin = { email: string; description: string };

/**
 * The demo logins to show (README, `npm start`), those present in the database, each described by who they
 * are and by the working groups they belong to there (so the list says what is true, whatever the seed).
 */
export async function listedDemoLogins(db: PrismaClient): Promise<DemoLogin[]> {
  const listed = demoAccounts.filter((a) => a.listed);
  const users = await db.user.findMany({
    where: { email: { in: listed.map((a) => a.email) } },
    select: { email: true, memberships: { select: { role: true, group: { select: { number: true } } } } },
  });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  return listed.flatMap((account) => {
    const user = byEmail.get(account.email);
    if (!user) return [];
    const groups = describeGroups(user.memberships.map((m) => [m.group.number, m.role]));
    return [{ email: account.email, description: groups ? `${account.who}; ${groups}` : account.who }];
  });
}

/** "chair of working groups 1, 5 and 6; member of working group 7" */
export function describeGroups(memberships: Array<[number, GroupRole]>): string {
  const roles: Array<[GroupRole, string]> = [
    ["CHAIR", "chair"],
    ["VICE_CHAIR", "vice-chair"],
    ["MEMBER", "member"],
  ];
  return roles
    .map(([role, label]) => {
      const numbers = memberships
        .filter(([, r]) => r === role)
        .map(([n]) => n)
        .sort((a, b) => a - b);
      if (!numbers.length) return "";
      const list = numbers.length === 1 ? String(numbers[0]) : `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
      return `${label} of working group${numbers.length === 1 ? "" : "s"} ${list}`;
    })
    .filter(Boolean)
    .join("; ");
}

/**
 * Each demo focal point is the contact for the activities and projects their organization leads and for its
 * responses to recommendations (the first listed account of the organization, where there are several): what a
 * handover moves to a successor.
 */
export async function seedDemoContacts(db: PrismaClient) {
  assertDemoDataAllowed();
  const seen = new Set<string>();
  for (const account of demoAccounts) {
    if (account.role !== "FOCAL_POINT") continue;
    const user = await db.user.findUnique({ where: { email: account.email }, select: { id: true, organizationId: true } });
    if (!user || seen.has(user.organizationId)) continue;
    seen.add(user.organizationId);
    const mine = { leadOrganizationId: user.organizationId, contactId: null };
    await db.activity.updateMany({ where: mine, data: { contactId: user.id } });
    await db.project.updateMany({ where: mine, data: { contactId: user.id } });
    await db.recommendationResponse.updateMany({
      where: { organizationId: user.organizationId, contactId: null },
      data: { contactId: user.id },
    });
  }
}
