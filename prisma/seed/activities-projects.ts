// Demo projects and activities: the project catalogue (work-catalogue.ts, shaped like the
// Multi-Year Appeals), the sample activities of compact.json, and activities under the projects with
// timelines, dated around the day the seed runs so lists, statuses and overdue flags look current.
// Idempotent: projects are upserted by code (their links rewritten), activities found by lead and title.
import compact from "../data/compact.json" with { type: "json" };
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import type { ActivityKind, ActivityStatus, Region } from "../../app/generated/prisma/enums.ts";
import { fundingStatusOf } from "../../app/domain/projects/work-fields.ts";
import { projectCatalogue, type ProjectTemplate } from "./work-catalogue.ts";

const REGIONS = new Set(["AFRICA", "AMERICAS", "ASIA", "EUROPE", "OCEANIA"]);
const DAY = 86_400_000;

/** Countries that host the activities of a regional project, by region. */
const REGION_HOSTS: Record<string, string[]> = {
  AFRICA: ["KEN", "SEN", "NGA", "ETH"],
  ASIA: ["IDN", "PHL", "KAZ", "JOR"],
  EUROPE: ["BIH", "MKD", "ALB"],
  AMERICAS: ["COL", "TTO", "PER"],
  OCEANIA: ["FJI", "PNG"],
};

/** What a project under each thematic area typically runs: [kind, title]. */
const ACTIVITY_IDEAS: Record<string, Array<[ActivityKind, string]>> = {
  pcve: [
    ["WORKSHOP", "Community dialogue on preventing violent extremism"],
    ["TRAINING", "Training of trainers for community peacebuilders"],
  ],
  "border-security": [
    ["TRAINING", "Training for passenger information unit officers"],
    ["ASSESSMENT_VISIT", "Border management assessment visit"],
  ],
  "countering-terrorist-financing": [
    ["WORKSHOP", "Workshop on financial investigations into terrorism financing"],
    ["TRAINING", "goFintel deployment and training mission"],
  ],
  "criminal-justice": [
    ["TRAINING", "Training for prosecutors and judges on terrorism cases"],
    ["EXPERT_MEETING", "Expert meeting on mutual legal assistance"],
  ],
  "cybersecurity-new-technologies": [
    ["WORKSHOP", "Workshop on terrorist use of the internet"],
    ["EXPERT_MEETING", "Expert meeting on artificial intelligence and counter-terrorism"],
  ],
  "victims-of-terrorism": [
    ["WORKSHOP", "Capacity workshop for victims' associations"],
    ["PUBLICATION", "Handbook on the rights of victims of terrorism"],
  ],
  "human-rights": [
    ["TRAINING", "Training on human rights in counter-terrorism investigations"],
    ["EXPERT_MEETING", "Expert meeting on civic space and counter-terrorism"],
  ],
  gender: [
    ["WORKSHOP", "Workshop on gender-sensitive PCVE programming"],
    ["OUTREACH", "Consultation with women's civil society organizations"],
  ],
  youth: [
    ["WORKSHOP", "Youth leadership workshop"],
    ["TRAINING", "Online training module for young people"],
  ],
  cbrn: [
    ["TRAINING", "CBRN emergency response tabletop exercise"],
    ["ASSESSMENT_VISIT", "Assessment visit on chemical and biological security"],
  ],
  "vulnerable-targets": [
    ["WORKSHOP", "Workshop on protecting soft targets"],
    ["PUBLICATION", "Guide on protecting places of worship"],
  ],
  "strategic-communications": [
    ["WORKSHOP", "Strategic communications workshop"],
    ["OUTREACH", "Outreach campaign on alternative narratives"],
  ],
  "prosecution-rehabilitation-reintegration": [
    ["WORKSHOP", "Workshop on screening and prosecution of returnees"],
    ["EXPERT_MEETING", "Expert meeting on rehabilitation programmes in prisons"],
  ],
  "national-regional-strategies": [
    ["WORKSHOP", "Drafting workshop for the national counter-terrorism strategy"],
    ["EXPERT_MEETING", "Regional expert meeting on strategy implementation"],
  ],
};

/** The compact.json sample activities, with what the demo adds: kind, project, countries, timing. */
const SAMPLE_DETAILS: Record<
  string,
  {
    kind: ActivityKind;
    project?: string;
    countries: string[];
    area: string;
    startIn: number;
    days: number;
    participants?: number;
    women?: number;
  }
> = {
  "UN Countering Terrorist Travel Programme": {
    kind: "PROGRAMME",
    project: "UNOCT-CTTP",
    countries: [],
    area: "border-security",
    startIn: -700,
    days: 1400,
  },
  "Youth engagement and empowerment programme": {
    kind: "TRAINING",
    project: "UNOCT-YOUTH",
    countries: ["KEN", "NGA", "IDN", "JOR"],
    area: "youth",
    startIn: -300,
    days: 500,
    participants: 600,
    women: 48,
  },
  "goFintel software for financial intelligence": {
    kind: "PROGRAMME",
    project: "UNOCT-GOFINTEL",
    countries: [],
    area: "countering-terrorist-financing",
    startIn: -500,
    days: 1100,
  },
  "Global programme on prosecution, rehabilitation and reintegration": {
    kind: "PROGRAMME",
    project: "UNOCT-PRR",
    countries: ["IRQ", "KAZ", "UZB"],
    area: "prosecution-rehabilitation-reintegration",
    startIn: -600,
    days: 1200,
  },
  "Sustainable reintegration of families with perceived ISIL affiliation in Iraq": {
    kind: "PROGRAMME",
    project: "UNDP-IRQ-REINT",
    countries: ["IRQ"],
    area: "prosecution-rehabilitation-reintegration",
    startIn: -560,
    days: 1100,
  },
  "Global digital consultation with civil society on gender dimensions of violent extremism": {
    kind: "OUTREACH",
    project: "UNWOMEN-CONSULT",
    countries: [],
    area: "gender",
    startIn: -200,
    days: 41,
    participants: 140,
    women: 71,
  },
  "Maturity model and self-assessment tool on improvised explosive devices": {
    kind: "PUBLICATION",
    project: "UNIDIR-IED",
    countries: [],
    area: "vulnerable-targets",
    startIn: -420,
    days: 1,
  },
  "Model legislative provisions on victims of terrorism": {
    kind: "PUBLICATION",
    project: "UNOCT-VOT",
    countries: [],
    area: "victims-of-terrorism",
    startIn: -330,
    days: 1,
  },
};

function monthStart(today: Date, months: number) {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, 1));
}

function statusOf(start: Date, end: Date, today: Date): "PLANNED" | "ONGOING" | "COMPLETED" {
  if (start > today) return "PLANNED";
  return end < today ? "COMPLETED" : "ONGOING";
}

type Lookup = { orgs: Map<string, { id: string; region: Region | null }>; areas: Map<string, string>; groups: Map<number, string> };

async function lookups(db: PrismaClient): Promise<Lookup> {
  const [orgs, areas, groups] = await Promise.all([
    db.organization.findMany({ select: { id: true, acronym: true, iso3: true, region: true } }),
    db.thematicArea.findMany(),
    db.workingGroup.findMany(),
  ]);
  const byCode = new Map<string, { id: string; region: Region | null }>();
  for (const o of orgs) for (const code of [o.acronym, o.iso3]) if (code) byCode.set(code, { id: o.id, region: o.region });
  return { orgs: byCode, areas: new Map(areas.map((a) => [a.slug, a.id])), groups: new Map(groups.map((g) => [g.number, g.id])) };
}

function org(lookup: Lookup, code: string) {
  const found = lookup.orgs.get(code);
  if (!found) throw new Error(`Demo data: unknown organization ${code}`);
  return found;
}

async function seedProject(db: PrismaClient, lookup: Lookup, t: ProjectTemplate, today: Date) {
  const start = monthStart(today, t.startIn);
  const end = new Date(monthStart(today, t.startIn + t.months).getTime() - DAY);
  const budgetUsd = Math.round(t.budgetM * 1_000_000);
  const fundsSecuredUsd = Math.round((budgetUsd * t.secured) / 1000) * 1000;
  const countries = t.places.filter((p) => p !== "GLOBAL" && !REGIONS.has(p)).map((iso3) => org(lookup, iso3));
  const regions = [
    ...new Set([...t.places.filter((p) => REGIONS.has(p)), ...countries.flatMap((c) => (c.region ? [c.region] : []))]),
  ] as Region[];
  const data = {
    title: t.title,
    summary: null,
    leadOrganizationId: org(lookup, t.lead).id,
    workingGroupId: t.group ? (lookup.groups.get(t.group) ?? null) : null,
    isGlobal: t.places.includes("GLOBAL"),
    startDate: start,
    endDate: end,
    budgetUsd,
    fundsSecuredUsd,
    fundingStatus: fundingStatusOf(budgetUsd, fundsSecuredUsd),
    inCurrentAppeal: t.appeal ?? true,
    status: t.cancelled ? ("CANCELLED" as const) : statusOf(start, end, today),
  };
  const project = await db.project.upsert({ where: { code: t.code }, create: { code: t.code, ...data }, update: data });
  const projectId = project.id;
  await db.$transaction([
    db.projectPartner.deleteMany({ where: { projectId } }),
    db.projectPillar.deleteMany({ where: { projectId } }),
    db.projectThematicArea.deleteMany({ where: { projectId } }),
    db.projectRegion.deleteMany({ where: { projectId } }),
    db.projectCountry.deleteMany({ where: { projectId } }),
    db.projectPartner.createMany({ data: (t.partners ?? []).map((code) => ({ projectId, organizationId: org(lookup, code).id })) }),
    db.projectPillar.createMany({ data: t.pillars.map((pillar) => ({ projectId, pillar })) }),
    db.projectThematicArea.createMany({ data: t.areas.map((slug) => ({ projectId, thematicAreaId: lookup.areas.get(slug)! })) }),
    db.projectRegion.createMany({ data: regions.map((region) => ({ projectId, region })) }),
    db.projectCountry.createMany({ data: countries.map((c) => ({ projectId, countryId: c.id })) }),
  ]);
  return {
    id: projectId,
    start,
    end,
    countries: t.places.filter((p) => p !== "GLOBAL" && !REGIONS.has(p)),
    regions: t.places.filter((p) => REGIONS.has(p)),
  };
}

type ActivitySeed = {
  title: string;
  description: string | null;
  kind: ActivityKind;
  lead: string;
  partners: string[];
  pillar: number;
  area: string | null;
  projectId: string | null;
  group: number | null;
  countries: string[];
  start: Date;
  end: Date;
  status: ActivityStatus;
  participants: number | null;
  women: number | null;
  updates: Array<{ on: Date; body: string; newStatus?: ActivityStatus }>;
};

async function seedActivity(db: PrismaClient, lookup: Lookup, a: ActivitySeed, authorOf: (lead: string) => string | null) {
  const leadOrganizationId = org(lookup, a.lead).id;
  const existing = await db.activity.findFirst({ where: { title: a.title, leadOrganizationId }, select: { id: true } });
  if (existing) return;
  const activity = await db.activity.create({
    data: {
      title: a.title,
      description: a.description,
      kind: a.kind,
      leadOrganizationId,
      pillar: a.pillar,
      thematicAreaId: a.area ? (lookup.areas.get(a.area) ?? null) : null,
      projectId: a.projectId,
      workingGroupId: a.group ? (lookup.groups.get(a.group) ?? null) : null,
      startDate: a.start,
      endDate: a.end,
      status: a.status,
      participants: a.participants,
      womenSharePercent: a.women,
      partners: { create: a.partners.filter((p) => p !== a.lead).map((code) => ({ organizationId: org(lookup, code).id })) },
      countries: { create: a.countries.map((iso3) => ({ countryId: org(lookup, iso3).id })) },
    },
  });
  await db.activityUpdate.createMany({
    data: a.updates.map((u) => ({
      activityId: activity.id,
      authorId: authorOf(a.lead),
      occurredOn: u.on,
      body: u.body,
      newStatus: u.newStatus ?? null,
    })),
  });
}

const day = (date: Date, offset: number) => new Date(date.getTime() + offset * DAY);

/** Timeline entries that fit an activity's dates and status. */
function timelineOf(
  start: Date,
  end: Date,
  status: ActivityStatus,
  today: Date,
  participants: number | null,
  women: number | null,
): ActivitySeed["updates"] {
  const updates: ActivitySeed["updates"] = [];
  const planned = day(start, -35);
  if (planned < today) updates.push({ on: planned, body: "Agenda and participant list agreed with the national counterparts." });
  if (status === "ONGOING" || status === "COMPLETED") updates.push({ on: start, body: "Opened as planned.", newStatus: "ONGOING" });
  if (status === "COMPLETED") {
    const figures = participants ? ` ${participants} participants${women !== null ? ` (${women}% women)` : ""}.` : "";
    updates.push({ on: end, body: `Completed.${figures} Follow-up requests recorded for the next phase.`, newStatus: "COMPLETED" });
  }
  if (status === "CANCELLED")
    updates.push({ on: day(start, -10), body: "Postponed indefinitely at the request of the host authorities.", newStatus: "CANCELLED" });
  return updates;
}

export async function seedActivitiesAndProjects(db: PrismaClient) {
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const lookup = await lookups(db);
  const demoUsers = await db.user.findMany({
    where: { email: { endsWith: "@demo.test" } },
    select: { id: true, role: true, organization: { select: { acronym: true } } },
  });
  const secretariat = demoUsers.find((u) => u.role === "SECRETARIAT")?.id ?? null;
  const authorOf = (lead: string) => demoUsers.find((u) => u.organization.acronym === lead && u.role === "FOCAL_POINT")?.id ?? secretariat;

  const projects = new Map<string, Awaited<ReturnType<typeof seedProject>>>();
  for (const template of projectCatalogue) projects.set(template.code, await seedProject(db, lookup, template, today));

  // The sample activities of compact.json.
  for (const sample of compact.sampleActivities) {
    const detail = SAMPLE_DETAILS[sample.title];
    if (!detail) continue;
    const start = day(today, detail.startIn);
    const end = day(start, detail.days - 1);
    const status = statusOf(start, end, today);
    await seedActivity(
      db,
      lookup,
      {
        title: sample.title,
        description: sample.note.charAt(0).toUpperCase() + sample.note.slice(1) + ".",
        kind: detail.kind,
        lead: sample.lead,
        partners: "partners" in sample ? (sample.partners as string[]) : [],
        pillar: sample.pillar,
        area: detail.area,
        projectId: detail.project ? (projects.get(detail.project)?.id ?? null) : null,
        group: null,
        countries: detail.countries,
        start,
        end,
        status,
        participants: detail.participants ?? null,
        women: detail.women ?? null,
        updates: timelineOf(start, end, status, today, detail.participants ?? null, detail.women ?? null),
      },
      authorOf,
    );
  }

  // Activities under the current projects: one to three each, spread over the last months and the next.
  let n = 0;
  for (const [index, template] of projectCatalogue.entries()) {
    if (template.appeal === false) continue;
    const project = projects.get(template.code)!;
    const hosts = project.countries.length ? project.countries : project.regions.flatMap((r) => REGION_HOSTS[r] ?? []);
    for (let j = 0; j < 1 + (index % 3); j++) {
      n++;
      const area = template.areas[j % template.areas.length];
      const [kind, idea] = ACTIVITY_IDEAS[area][j % 2];
      const host = hosts.length ? hosts[(index + j) % hosts.length] : null;
      const offset = ((index * 37 + j * 53) % 260) - 170;
      const length = kind === "PUBLICATION" ? 1 : kind === "ASSESSMENT_VISIT" ? 4 : 1 + ((index + j) % 4);
      let start = day(today, offset);
      if (start < project.start) start = day(project.start, 20 + j * 15);
      const end = day(start, length - 1);
      let status: ActivityStatus = template.cancelled ? "CANCELLED" : statusOf(start, end, today);
      // A few planned activities were never updated after their start date passed: the overdue ones.
      if (status !== "PLANNED" && status !== "CANCELLED" && n % 9 === 0) status = "PLANNED";
      const counted = kind === "TRAINING" || kind === "WORKSHOP" || kind === "EXPERT_MEETING";
      const participants = counted ? 15 + ((index * 7 + j * 11) % 45) : null;
      const women = counted ? 20 + ((index * 13 + j * 17) % 45) : null;
      await seedActivity(
        db,
        lookup,
        {
          title: host ? `${idea} (${host})` : idea,
          description: `Part of ${template.code}: ${template.title}.`,
          kind,
          lead: template.lead,
          partners: (template.partners ?? []).slice(0, 2),
          pillar: template.pillars[j % template.pillars.length],
          area,
          projectId: project.id,
          group: template.group,
          countries: host ? [host] : [],
          start,
          end,
          status,
          participants: status === "COMPLETED" ? participants : null,
          women: status === "COMPLETED" ? women : null,
          updates:
            status === "PLANNED" && start < today
              ? timelineOf(start, end, "PLANNED", today, null, null)
              : timelineOf(start, end, status, today, participants, women),
        },
        authorOf,
      );
    }
  }
}
