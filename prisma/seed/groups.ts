// Demo life in the working-group spaces: discussion, joint work plans with endorsements, and the
// resource library (links to public UN pages and a few small documents). Idempotent: each record is
// found by its title within its group before it is created.
import { randomUUID } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import { fileStorage } from "../../app/storage.server.ts";
import { extractText } from "../../app/domain/resources/file-text-reader.server.ts";

const day = 86400_000;
const TODAY = new Date("2026-11-23T09:00:00Z");
const daysFromToday = (n: number) => new Date(TODAY.getTime() + n * day);
const dateOnly = (d: Date) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00Z`);

type PostSeed = {
  group: number;
  author: string;
  title: string;
  body: string;
  pinned?: boolean;
  daysAgo: number;
  comments: Array<[string, string]>;
  mentions?: string[];
};

const POSTS: PostSeed[] = [
  {
    group: 1,
    author: "secretariat@demo.test",
    title: "Welcome to the PCVE working group space",
    body: "This space is where members share drafts, meeting notes and documents.\n\n**Next steps for December:**\n\n- comment on the draft terms of reference for the youth engagement pilot\n- propose items for the 2027 joint work plan\n- upload national PCVE action plans you are happy to share",
    pinned: true,
    daysAgo: 40,
    comments: [["kenya@demo.test", "Thank you. Kenya will share the updated County Action Plans framework before the next meeting."]],
  },
  {
    group: 1,
    author: "kenya@demo.test",
    title: "Lessons from county-level action plans on preventing violent extremism",
    body: "Our national centre reviewed the 47 county action plans. Three findings for the group:\n\n1. plans with a dedicated youth council were implemented faster;\n2. funding for civil-society partners was the main bottleneck;\n3. monitoring works best with a small set of shared indicators.\n\nHappy to present at the next meeting.",
    daysAgo: 6,
    comments: [
      ["undp@demo.test", "Very useful. UNDP's regional programme saw the same pattern on indicators; we can compare notes."],
      ["indonesia@demo.test", "Indonesia would be interested in the youth council model for our provincial plans."],
    ],
    mentions: ["undp@demo.test", "nigeria@demo.test"],
  },
  {
    group: 4,
    author: "unodc@demo.test",
    title: "Draft agenda: expert meeting on countering the financing of terrorism",
    body: "Please find below the draft agenda for the expert meeting. Comments by **4 December**.\n\n- risk assessment of non-profit organizations\n- virtual assets and new payment methods\n- financial intelligence tools (goFintel)",
    pinned: true,
    daysAgo: 10,
    comments: [["cted@demo.test", "CTED suggests adding a short session on the assessment findings regarding beneficial ownership."]],
    mentions: ["cted@demo.test"],
  },
  {
    group: 8,
    author: "unwomen@demo.test",
    title: "Gender dimensions of violent extremism: follow-up to the digital consultation",
    body: "The 2020 digital consultation gathered over 140 civil-society representatives. We propose to update its findings in 2027 with a focus on women's participation in national strategies.",
    daysAgo: 15,
    comments: [["jordan@demo.test", "Jordan supports this and can host a regional session."]],
  },
];

type PlanSeed = {
  group: number;
  title: string;
  lead: string;
  partners: string[];
  pillar: number;
  deliverable: string;
  dueInDays: number;
  status: "PROPOSED" | "AGREED" | "IN_PROGRESS" | "DONE";
  proposer: string;
  endorsers: string[];
};

const PLAN: PlanSeed[] = [
  {
    group: 1,
    title: "Youth engagement pilot in three regions",
    lead: "UNOCT",
    partners: ["UNDP", "UNESCO"],
    pillar: 1,
    deliverable: "Pilot report and toolkit",
    dueInDays: 210,
    status: "AGREED",
    proposer: "secretariat@demo.test",
    endorsers: ["KEN", "NGA", "UNDP"],
  },
  {
    group: 1,
    title: "Shared indicators for national PCVE action plans",
    lead: "UNDP",
    partners: ["UNOCT"],
    pillar: 1,
    deliverable: "Indicator framework",
    dueInDays: 150,
    status: "IN_PROGRESS",
    proposer: "undp@demo.test",
    endorsers: ["KEN", "IDN"],
  },
  {
    group: 1,
    title: "Guidance on strategic communications with religious leaders",
    lead: "UNAOC",
    partners: ["UNESCO"],
    pillar: 1,
    deliverable: "Guidance note",
    dueInDays: 300,
    status: "PROPOSED",
    proposer: "kenya@demo.test",
    endorsers: [],
  },
  {
    group: 4,
    title: "Training curriculum on terrorism financing investigations",
    lead: "UNODC",
    partners: ["CTED", "INTERPOL"],
    pillar: 2,
    deliverable: "Curriculum in six languages",
    dueInDays: 180,
    status: "AGREED",
    proposer: "unodc@demo.test",
    endorsers: ["CTED", "COL", "IDN"],
  },
  {
    group: 4,
    title: "Model provisions on the use of battlefield evidence",
    lead: "UNODC",
    partners: ["CTED"],
    pillar: 2,
    deliverable: "Model provisions",
    dueInDays: 365,
    status: "PROPOSED",
    proposer: "indonesia@demo.test",
    endorsers: ["IDN"],
  },
  {
    group: 8,
    title: "Gender-sensitive monitoring of national strategies",
    lead: "UN Women",
    partners: ["CTED", "UNOCT"],
    pillar: 4,
    deliverable: "Monitoring checklist",
    dueInDays: 240,
    status: "AGREED",
    proposer: "unwomen@demo.test",
    endorsers: ["JOR"],
  },
];

type ResourceSeed = {
  title: string;
  summary: string;
  kind: "LINK" | "FILE";
  url?: string;
  content?: string;
  fileName?: string;
  mimeType?: string;
  group?: number;
  publisher: string;
  pillars: number[];
  tags: string[];
  language: string;
  daysAgo: number;
  by: string;
};

const RESOURCES: ResourceSeed[] = [
  {
    title: "United Nations Global Counter-Terrorism Strategy",
    summary: "The Strategy adopted by the General Assembly, with its four pillars, and its reviews.",
    kind: "LINK",
    url: "https://www.un.org/counterterrorism/un-global-counter-terrorism-strategy",
    publisher: "UNOCT",
    pillars: [1, 2, 3, 4],
    tags: ["strategy", "general assembly"],
    language: "en",
    daysAgo: 400,
    by: "secretariat@demo.test",
  },
  {
    title: "Global Counter-Terrorism Coordination Compact",
    summary: "How the Compact's entities coordinate, and its working groups.",
    kind: "LINK",
    url: "https://www.un.org/counterterrorism/global-ct-compact",
    publisher: "UNOCT",
    pillars: [3],
    tags: ["coordination", "compact"],
    language: "en",
    daysAgo: 380,
    by: "secretariat@demo.test",
  },
  {
    title: "Counter-Terrorism Committee Executive Directorate",
    summary: "CTED's assessments and analytical products on Member States' implementation of Security Council resolutions.",
    kind: "LINK",
    url: "https://www.un.org/securitycouncil/ctc/",
    publisher: "CTED",
    pillars: [2, 4],
    tags: ["assessment", "security council"],
    language: "en",
    daysAgo: 200,
    by: "cted@demo.test",
  },
  {
    title: "Terms of reference: youth engagement pilot (draft)",
    summary: "Draft for comment by the members of working group 1.",
    kind: "FILE",
    content: "Terms of reference - youth engagement pilot (draft)\n\n1. Purpose\n2. Regions and partners\n3. Timeline\n4. Monitoring\n",
    fileName: "tor-youth-pilot-draft.txt",
    mimeType: "text/plain",
    group: 1,
    publisher: "UNOCT",
    pillars: [1],
    tags: ["youth", "pcve"],
    language: "en",
    daysAgo: 12,
    by: "secretariat@demo.test",
  },
  {
    title: "Expert meeting on CFT: participants",
    summary: "Registered participants by organization.",
    kind: "FILE",
    content: "organization,participants\nUNODC,4\nCTED,2\nINTERPOL,2\nColombia,1\nIndonesia,1\n",
    fileName: "cft-expert-meeting-participants.csv",
    mimeType: "text/csv",
    group: 4,
    publisher: "UNODC",
    pillars: [2],
    tags: ["financing of terrorism"],
    language: "en",
    daysAgo: 5,
    by: "unodc@demo.test",
  },
  {
    title: "防止暴力极端主义：青年参与要点",
    summary: "青年参与试点项目的中文要点摘要。",
    kind: "FILE",
    content: "防止暴力极端主义：青年参与要点\n\n一、目的\n二、合作伙伴\n三、时间表\n",
    fileName: "青年参与要点.txt",
    mimeType: "text/plain",
    group: 1,
    publisher: "UNOCT",
    pillars: [1],
    tags: ["youth", "青年"],
    language: "zh",
    daysAgo: 3,
    by: "secretariat@demo.test",
  },
];

export async function seedGroupSpaces(db: PrismaClient) {
  const users = new Map((await db.user.findMany({ select: { id: true, email: true, organizationId: true } })).map((u) => [u.email, u]));
  const groups = new Map((await db.workingGroup.findMany()).map((g) => [g.number, g.id]));
  const orgByCode = async (code: string) =>
    (await db.organization.findFirstOrThrow({ where: { OR: [{ acronym: code }, { iso3: code }] }, select: { id: true } })).id;
  const user = (email: string) => {
    const found = users.get(email);
    if (!found) throw new Error(`Demo group data: unknown user ${email}`);
    return found;
  };

  for (const seed of POSTS) {
    const groupId = groups.get(seed.group)!;
    if (await db.post.findFirst({ where: { groupId, title: seed.title } })) continue;
    const created = daysFromToday(-seed.daysAgo);
    await db.post.create({
      data: {
        groupId,
        authorId: user(seed.author).id,
        title: seed.title,
        body: seed.body,
        pinned: seed.pinned ?? false,
        createdAt: created,
        lastActivityAt: daysFromToday(-seed.daysAgo + seed.comments.length),
        mentions: { create: (seed.mentions ?? []).map((email) => ({ userId: user(email).id })) },
        comments: {
          create: seed.comments.map(([email, body], i) => ({
            authorId: user(email).id,
            body,
            createdAt: daysFromToday(-seed.daysAgo + i + 1),
          })),
        },
      },
    });
  }

  for (const seed of PLAN) {
    const groupId = groups.get(seed.group)!;
    if (await db.workPlanItem.findFirst({ where: { groupId, title: seed.title } })) continue;
    const rank = (await db.workPlanItem.count({ where: { groupId } })) + 1;
    const leadId = await orgByCode(seed.lead);
    const partnerIds = await Promise.all(seed.partners.map(orgByCode));
    const endorserIds = await Promise.all(seed.endorsers.map(orgByCode));
    await db.workPlanItem.create({
      data: {
        groupId,
        title: seed.title,
        leadOrganizationId: leadId,
        pillar: seed.pillar,
        deliverable: seed.deliverable,
        dueDate: dateOnly(daysFromToday(seed.dueInDays)),
        status: seed.status,
        rank,
        proposedById: user(seed.proposer).id,
        partners: { create: partnerIds.map((organizationId) => ({ organizationId })) },
        endorsements: { create: endorserIds.map((organizationId) => ({ organizationId })) },
      },
    });
  }

  const scratch = await mkdtemp(path.join(tmpdir(), "seed-files-"));
  for (const seed of RESOURCES) {
    const groupId = seed.group ? groups.get(seed.group)! : null;
    if (await db.resource.findFirst({ where: { title: seed.title, groupId } })) continue;
    let storageKey: string | null = null;
    let sizeBytes: number | null = null;
    // The file's text for the search, read here as the job worker reads an upload's (no worker runs yet).
    let fileText: string | null = null;
    if (seed.kind === "FILE" && seed.content) {
      fileText = await extractText(Buffer.from(seed.content, "utf8"), seed.mimeType ?? "text/plain");
      storageKey = randomUUID();
      const temp = path.join(scratch, storageKey);
      await writeFile(temp, seed.content, "utf8");
      sizeBytes = Buffer.byteLength(seed.content);
      await fileStorage().putFromTempFile(storageKey, temp);
    }
    const tagIds = [];
    for (const name of seed.tags) tagIds.push((await db.tag.upsert({ where: { name }, create: { name }, update: {} })).id);
    await db.resource.create({
      data: {
        kind: seed.kind,
        title: seed.title,
        summary: seed.summary,
        url: seed.url ?? null,
        storageKey,
        fileName: seed.fileName ?? null,
        mimeType: seed.mimeType ?? null,
        sizeBytes,
        fileText,
        fileTextReadAt: storageKey ? new Date() : null,
        groupId,
        publisherOrganizationId: await orgByCode(seed.publisher),
        pillars: seed.pillars,
        language: seed.language,
        publishedOn: dateOnly(daysFromToday(-seed.daysAgo)),
        createdById: user(seed.by).id,
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
      },
    });
  }
}
