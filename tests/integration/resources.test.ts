// The resource library: who sees which resource and file, what may be uploaded, and search.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as library from "~/routes/_app.resources._index";
import * as newResource from "~/routes/_app.resources.new";
import * as resourcePage from "~/routes/_app.resources.$id";
import * as editResource from "~/routes/_app.resources.$id_.edit";
import * as download from "~/routes/_app.resources.$id_.download";
import { canReadResource } from "~/auth/policy";
import { ResourceFilters, latestGroupResources, listSelect, searchResources } from "~/domain/resources/library.server";
import { actingAs, callRoute, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";

type Visitor = "anonymous" | "stateFocalPoint" | "entityFocalPoint" | "groupMember" | "secretariat";
const cookies = {} as Record<Visitor, string | undefined>;
const userIds = {} as Record<Exclude<Visitor, "anonymous">, string>;
let groupId: string;
let unodcId: string;
let kenyaId: string;

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

function upload(fields: Record<string, string>, file?: { name: string; bytes: Buffer | string; type?: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file)
    form.append(
      "file",
      new File([typeof file.bytes === "string" ? file.bytes : new Uint8Array(file.bytes)], file.name, {
        type: file.type ?? "application/octet-stream",
      }),
    );
  return form;
}

const base = () => ({
  title: "Evaluation report",
  language: "en",
  publishedOn: "2026-11-20",
  publisherOrganizationId: unodcId,
  pillars: "2",
  tags: "Evaluation, financing of terrorism",
});

async function publish(visitor: Visitor, fields: Record<string, string>, file?: { name: string; bytes: Buffer | string; type?: string }) {
  return callRoute(newResource.action, { url: "/resources/new", cookie: cookies[visitor], multipart: upload(fields, file) });
}

beforeAll(async () => {
  process.env.UPLOAD_MAX_MB = "1";
  await seedReference();
  groupId = (await db.workingGroup.findUniqueOrThrow({ where: { number: 4 } })).id;
  unodcId = (await organizationByCode("UNODC")).id;
  kenyaId = (await organizationByCode("KEN")).id;
  cookies.anonymous = undefined;
  userIds.stateFocalPoint = (await createUser({ organization: "KEN" })).id;
  userIds.entityFocalPoint = (await createUser({ organization: "UNODC" })).id;
  userIds.groupMember = (await createUser({ organization: "IDN", groups: [[4, "MEMBER"]] })).id;
  userIds.secretariat = (await createUser({ organization: "UNOCT", role: "SECRETARIAT" })).id;
  for (const [visitor, id] of Object.entries(userIds)) cookies[visitor as Visitor] = await sessionCookie(id);
});

describe("publishing", () => {
  it("stores a real PDF and serves it as an attachment to those who may read it", async () => {
    const published = await publish(
      "entityFocalPoint",
      { ...base(), kind: "FILE" },
      { name: "Évaluation «finale».pdf", bytes: PDF, type: "application/pdf" },
    );
    expect(published.status).toBe(302);
    const resource = await db.resource.findFirstOrThrow({
      where: { title: "Evaluation report" },
      include: { tags: { include: { tag: true } } },
    });
    expect(resource).toMatchObject({
      kind: "FILE",
      mimeType: "application/pdf",
      sizeBytes: PDF.length,
      fileName: "Évaluation «finale».pdf",
      pillars: [2],
      groupId: null,
    });
    expect(resource.tags.map((t) => t.tag.name).sort()).toEqual(["evaluation", "financing of terrorism"]);
    const file = await callRoute(download.loader, {
      url: "/resources/x/download",
      cookie: cookies.stateFocalPoint,
      params: { id: resource.id },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("application/pdf");
    expect(file.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Evaluation finale.pdf"; filename*=UTF-8''${encodeURIComponent("Évaluation «finale».pdf")}`,
    );
    expect(file.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(Buffer.from(file.data as string, "latin1").equals(PDF)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "resource.created", subjectId: resource.id } })).toBe(1);
  });

  it("refuses a file whose content does not match an allowed type, whatever its extension", async () => {
    const forged = [
      { name: "report.pdf", bytes: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]) },
      { name: "report.pdf", bytes: "<html><script>alert(1)</script></html>" },
      { name: "notes.txt", bytes: Buffer.from([0x41, 0x00, 0x42, 0x00, 0xff, 0xfe]) },
      { name: "photo.png", bytes: PDF.toString("latin1").replace("%PDF", "%PDX") },
    ];
    for (const file of forged) {
      const outcome = await publish("entityFocalPoint", { ...base(), title: `Forged ${file.name}`, kind: "FILE" }, file);
      expect(outcome.status, file.name).toBe(415);
      expect(outcome.data).toMatchObject({ errors: { file: "resources.fileTypeRefused" } });
    }
    expect(await db.resource.count({ where: { title: { startsWith: "Forged" } } })).toBe(0);
    const leftovers = await readdir(path.join(process.env.UPLOAD_DIR!, "tmp")).catch(() => []);
    expect(leftovers).toEqual([]);
  });

  it("refuses an oversized file cleanly (413, a message, nothing written)", async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const outcome = await publish("entityFocalPoint", { ...base(), title: "Too big", kind: "FILE" }, { name: "big.pdf", bytes: big });
    expect(outcome.status).toBe(413);
    expect(outcome.data).toMatchObject({ errors: { file: "resources.fileTooLarge" } });
    expect(await db.resource.count({ where: { title: "Too big" } })).toBe(0);
  });

  it("accepts a UTF-8 text document and a link; refuses a link without an address", async () => {
    expect(
      (
        await publish(
          "secretariat",
          { ...base(), title: "会议纪要", kind: "FILE", language: "zh" },
          { name: "纪要.txt", bytes: "第一项：青年参与\n" },
        )
      ).status,
    ).toBe(302);
    expect(await db.resource.findFirst({ where: { title: "会议纪要" } })).toMatchObject({ mimeType: "text/plain", fileName: "纪要.txt" });
    expect(
      (await publish("secretariat", { ...base(), title: "Strategy page", kind: "LINK", url: "https://www.un.org/counterterrorism" }))
        .status,
    ).toBe(302);
    const noUrl = await publish("secretariat", { ...base(), title: "No address", kind: "LINK" });
    expect(noUrl).toMatchObject({ status: 400, data: { errors: { url: "resources.urlRequired" } } });
    const badUrl = await publish("secretariat", { ...base(), title: "Bad address", kind: "LINK", url: "javascript:alert(1)" });
    expect(badUrl).toMatchObject({ status: 400, data: { errors: { url: "resources.invalidUrl" } } });
  });

  it("lets only the secretariat and entity focal points publish platform-wide, and members inside their group", async () => {
    expect(
      (
        await publish("stateFocalPoint", {
          ...base(),
          title: "State doc",
          kind: "LINK",
          url: "https://example.org",
          publisherOrganizationId: kenyaId,
        })
      ).status,
    ).toBe(403);
    expect(
      (await publish("groupMember", { ...base(), title: "Member platform doc", kind: "LINK", url: "https://example.org" })).status,
    ).toBe(403);
    const idn = (await organizationByCode("IDN")).id;
    expect(
      (
        await publish(
          "groupMember",
          { ...base(), title: "Group file", kind: "FILE", groupId, publisherOrganizationId: idn },
          { name: "g.pdf", bytes: PDF },
        )
      ).status,
    ).toBe(302);
    const other = await publish("entityFocalPoint", {
      ...base(),
      title: "For someone else",
      kind: "LINK",
      url: "https://example.org",
      publisherOrganizationId: kenyaId,
    });
    expect(other).toMatchObject({ status: 400, data: { errors: { publisherOrganizationId: "resources.ownOrganizationOnly" } } });
  });
});

describe("who sees a group's resource", () => {
  it("answers 404 to non-members on the page, the file (by direct URL), and leaves it out of lists", async () => {
    const groupFile = await db.resource.findFirstOrThrow({ where: { title: "Group file" } });
    for (const visitor of ["stateFocalPoint", "entityFocalPoint"] as const) {
      expect(
        (await callRoute(resourcePage.loader, { url: "/resources/x", cookie: cookies[visitor], params: { id: groupFile.id } })).status,
      ).toBe(404);
      expect(
        (await callRoute(download.loader, { url: "/resources/x/download", cookie: cookies[visitor], params: { id: groupFile.id } })).status,
      ).toBe(404);
      expect(
        (await callRoute(editResource.loader, { url: "/resources/x/edit", cookie: cookies[visitor], params: { id: groupFile.id } })).status,
      ).toBe(404);
      const list = await callRoute(library.loader, { url: "/resources?q=group", cookie: cookies[visitor] });
      expect(JSON.stringify(list.data)).not.toContain(groupFile.id);
    }
    for (const visitor of ["groupMember", "secretariat"] as const) {
      expect(
        (await callRoute(download.loader, { url: "/resources/x/download", cookie: cookies[visitor], params: { id: groupFile.id } })).status,
      ).toBe(200);
      const list = await callRoute(library.loader, { url: "/resources?q=group", cookie: cookies[visitor] });
      expect(JSON.stringify(list.data)).toContain(groupFile.id);
    }
    expect((await callRoute(download.loader, { url: "/resources/x/download", params: { id: groupFile.id } })).status).toBe(302);
    expect(
      (await callRoute(download.loader, { url: "/resources/x/download", cookie: cookies.groupMember, params: { id: "not-a-uuid" } }))
        .status,
    ).toBe(404);
  });

  it("lets the publisher edit (refusing a stale version) and delete with confirmation; others get 403", async () => {
    const link = await db.resource.findFirstOrThrow({ where: { title: "Strategy page" } });
    const form = {
      title: "Strategy page (updated)",
      language: "en",
      publishedOn: "2026-11-21",
      publisherOrganizationId: link.publisherOrganizationId,
      tags: "strategy",
      version: String(link.version),
    };
    expect(
      (await callRoute(editResource.action, { url: "/resources/x/edit", cookie: cookies.entityFocalPoint, params: { id: link.id }, form }))
        .status,
    ).toBe(403);
    expect(
      (await callRoute(editResource.action, { url: "/resources/x/edit", cookie: cookies.secretariat, params: { id: link.id }, form }))
        .status,
    ).toBe(302);
    const stale = await callRoute(editResource.action, {
      url: "/resources/x/edit",
      cookie: cookies.secretariat,
      params: { id: link.id },
      form: { ...form, title: "lost" },
    });
    expect(stale).toMatchObject({
      status: 400,
      data: { errors: { form: "common.staleEdit" }, current: { title: "Strategy page (updated)" } },
    });
    const ask = await callRoute(resourcePage.action, {
      url: "/resources/x",
      cookie: cookies.secretariat,
      params: { id: link.id },
      form: { intent: "delete" },
    });
    expect(ask.data).toMatchObject({ confirm: "delete" });
    expect(await db.resource.count({ where: { id: link.id } })).toBe(1);
    expect(
      (
        await callRoute(resourcePage.action, {
          url: "/resources/x",
          cookie: cookies.stateFocalPoint,
          params: { id: link.id },
          form: { intent: "delete", confirmed: "yes" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await callRoute(resourcePage.action, {
          url: "/resources/x",
          cookie: cookies.secretariat,
          params: { id: link.id },
          form: { intent: "delete", confirmed: "yes" },
        })
      ).status,
    ).toBe(302);
    expect(await db.resource.count({ where: { id: link.id } })).toBe(0);
  });
});

describe("search", () => {
  it("searches titles, summaries and themes, and combines filters", async () => {
    const search = async (query: string) =>
      (await callRoute(library.loader, { url: `/resources?${query}`, cookie: cookies.secretariat })).data as {
        resources: Array<{ title: string }>;
        total: number;
      };
    expect((await search("q=EVALUATION%20REPORT")).resources.map((r) => r.title)).toEqual(["Evaluation report"]);
    expect((await search("q=evaluation")).resources.map((r) => r.title).sort()).toEqual(["Evaluation report", "Group file", "会议纪要"]);
    expect((await search("q=terrorism&theme=evaluation")).total).toBe(3);
    expect((await search("q=terrorism&theme=evaluation&language=zh")).total).toBe(1);
    expect((await search("language=zh")).resources.map((r) => r.title)).toEqual(["会议纪要"]);
    expect((await search("pillar=2&type=LINK")).total).toBe(0);
    expect((await search("type=FILE&pillar=2")).total).toBeGreaterThanOrEqual(2);
    expect((await search("language=klingon")).total).toBeGreaterThanOrEqual(3);
  });

  it("lists, for each reader and filter, exactly the resources the policy lets them read, as the records hold them", async () => {
    const all = await db.resource.findMany({ select: { ...listSelect, groupId: true, publisherOrganizationId: true } });
    expect(all.some((r) => r.groupId === groupId)).toBe(true);
    const filterCases: Array<Partial<ResourceFilters>> = [
      {},
      { group: groupId },
      { pillar: 2 },
      { theme: "evaluation" },
      { language: "zh" },
      { type: "FILE", organization: unodcId },
    ];
    for (const visitor of ["stateFocalPoint", "groupMember", "secretariat"] as const) {
      const actor = await actingAs(userIds[visitor]);
      const readable = all.filter((r) => canReadResource(actor, r));
      for (const filters of filterCases) {
        // The oracle: the policy in JavaScript, the filters as they read, in the library's order.
        const expected = readable
          .filter(
            (r) =>
              (!filters.group || r.groupId === filters.group) &&
              (!filters.pillar || r.pillars.includes(filters.pillar)) &&
              (!filters.theme || r.tags.some((t) => t.tag.name === filters.theme)) &&
              (!filters.language || r.language === filters.language) &&
              (!filters.type || r.kind === filters.type) &&
              (!filters.organization || r.publisherOrganizationId === filters.organization),
          )
          .sort((a, b) => b.publishedOn.getTime() - a.publishedOn.getTime() || (a.id < b.id ? -1 : 1))
          .map(({ groupId: _g, publisherOrganizationId: _p, tags, ...r }) => ({ ...r, tags: tags.map((t) => t.tag.name).sort() }));
        const found = await searchResources(actor, ResourceFilters.parse(filters));
        const label = `${visitor} ${JSON.stringify(filters)}`;
        expect(found.total, label).toBe(expected.length);
        expect(found.resources, label).toEqual(expected.slice(0, found.pageSize));
        expect([...found.themes].sort(), label).toEqual([...new Set(readable.flatMap((r) => r.tags.map((t) => t.tag.name)))].sort());
      }
      // The group page's latest files: the same rows, the first few.
      if (visitor !== "stateFocalPoint") {
        const latest = await latestGroupResources(actor, groupId, 2);
        expect(latest).toEqual((await searchResources(actor, ResourceFilters.parse({ group: groupId }))).resources.slice(0, 2));
      }
    }
  });
});
