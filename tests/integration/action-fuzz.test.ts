/// <reference types="vite/client" />
// Every action of the app, found by reading app/routes (each module that exports `action`), is posted malformed
// bodies by a user allowed to use it (an administrator for /admin, the secretariat elsewhere, nobody for the sign-in
// pages, a half-signed-in session for the second step): no fields, unknown intents, wrong types, huge strings,
// invalid UTF-8 and NUL/CR/LF, arrays where one value is expected, and the same as multipart. The answer is never a
// 500 (nor an unexpected throw), and a refused request (4xx) leaves every table of the app as it was (row counts;
// sessions, the audit trail, rate-limit counters and stored form answers may record the attempt).
// The routes' own intents are read from their source, so a new intent is fuzzed without editing this file.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { mappingOutcomes } from "~/outcome-responses";
import { seedAll } from "../../prisma/seed.ts";
import { createUser, sessionCookie, testContext } from "../support/fixtures";

type RouteModule = { action?: (args: never) => unknown };
const modules = import.meta.glob<RouteModule>("../../app/routes/*.tsx", { eager: true });
const ROUTES_DIR = path.resolve(import.meta.dirname, "../../app/routes");

/** Tables a refused request may still write: who tried (sessions, audit trail, limits) and the form-answer store. */
const MAY_RECORD_ATTEMPTS = new Set(["session", "audit_event", "rate_limit", "form_submission", "known_device", "_prisma_migrations"]);

let tables: string[] = [];
async function rowCounts(): Promise<Record<string, number>> {
  const query = tables.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`).join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<Array<{ t: string; n: number }>>(query);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

type Who = "admin" | "secretariat" | "anonymous" | "halfSignedIn";
const people = {} as Record<"admin" | "secretariat" | "target", string>;
const params: Record<string, string> = {};

/** The route's address and params from its file name (Remix flat routes), with records that exist. */
function addressOf(file: string): { url: string; params: Record<string, string>; who: Who; upload: boolean } {
  const name = file.replace(/\.tsx$/, "");
  const segments = name
    .split(".")
    .filter((s) => s !== "_app" && s !== "_auth" && s !== "_index")
    .map((s) => s.replace(/_$/, "").replace(/\[(.*)\]/, "$1"));
  const routeParams: Record<string, string> = {};
  const area = segments.slice(0, 2).join(".");
  const url =
    "/" +
    segments
      .map((s) => {
        if (!s.startsWith("$")) return s;
        const key = s.slice(1);
        const value = params[`${area}.${key}`] ?? params[`${segments[0]}.${key}`] ?? params[key] ?? "00000000-0000-0000-0000-000000000000";
        routeParams[key] = value;
        return value;
      })
      .join("/");
  const who: Who = name.startsWith("_auth.two-factor")
    ? "halfSignedIn"
    : name.startsWith("_auth.")
      ? "anonymous"
      : segments[0] === "admin"
        ? "admin"
        : "secretariat";
  const upload = readFileSync(path.join(ROUTES_DIR, file), "utf8").includes("readUploadForm");
  return { url: url.replace(/\/$/, "") || "/", params: routeParams, who, upload };
}

/** The intents a route's source names (z.literal / z.enum next to "intent", intent === "…", name="intent" value="…"). */
function intentsOf(file: string): string[] {
  const source = readFileSync(path.join(ROUTES_DIR, file), "utf8");
  const found = new Set<string>();
  for (const m of source.matchAll(/intent(?:\s*===\s*|:\s*z\.literal\(|"\s*value=\{?)"([A-Za-z][\w-]*)"/g)) found.add(m[1]);
  for (const m of source.matchAll(/intent:\s*z\.enum\(\[([^\]]*)\]/g)) for (const v of m[1].matchAll(/"([\w-]+)"/g)) found.add(v[1]);
  for (const m of source.matchAll(/intent="([\w-]+)"/g)) found.add(m[1]);
  return [...found];
}

/** Field names the app's forms use (a malformed body sends these with bad values). */
const FIELDS = [
  "title",
  "name",
  "body",
  "description",
  "email",
  "password",
  "currentPassword",
  "code",
  "role",
  "status",
  "version",
  "startsAt",
  "endsAt",
  "startDate",
  "endDate",
  "publishedOn",
  "url",
  "language",
  "organizationId",
  "publisherOrganizationId",
  "leadOrganizationId",
  "groupId",
  "userId",
  "pillars",
  "tags",
  "priority",
  "confirmed",
  "redirectTo",
  "kind",
  "where",
  "response",
  "passkeyId",
  "timeZone",
  "phone",
  "memberId",
  "stateId",
  "consent",
];

/** Longer than every field's limit: 1,000 characters in each field, and more than the longest text (100,000) in the texts. */
const LONG = "Ω".repeat(1_000);
const LONG_TEXT = "x".repeat(100_001);
const hugeValue = (field: string) => (["body", "description", "title", "name"].includes(field) ? LONG_TEXT : LONG);
type Body = { label: string; form?: Array<[string, string]>; raw?: Buffer; multipart?: FormData };

function bodiesFor(intents: string[]): Body[] {
  const bodies: Body[] = [
    { label: "no fields", form: [] },
    { label: "an unknown intent", form: [["intent", "__no_such_intent__"]] },
    {
      label: "an intent that is an array",
      form: [
        ["intent", "a"],
        ["intent", "b"],
      ],
    },
  ];
  for (const intent of [...intents, null]) {
    const withIntent = (pairs: Array<[string, string]>): Array<[string, string]> => (intent ? [["intent", intent], ...pairs] : pairs);
    const tag = intent ?? "no intent";
    bodies.push(
      { label: `${tag}: nothing else`, form: withIntent([]) },
      { label: `${tag}: wrong types`, form: withIntent(FIELDS.map((f) => [f, f.endsWith("Id") ? "not-a-uuid" : "[object Object]"])) },
      { label: `${tag}: numbers out of range`, form: withIntent(FIELDS.map((f) => [f, "-99999999999999999999"])) },
      { label: `${tag}: huge strings`, form: withIntent(FIELDS.map((f) => [f, hugeValue(f)])) },
      {
        label: `${tag}: arrays`,
        form: withIntent(
          FIELDS.flatMap((f): Array<[string, string]> => [
            [f, "one"],
            [f, "two"],
          ]),
        ),
      },
      { label: `${tag}: NUL, CR/LF, bidi`, form: withIntent(FIELDS.map((f) => [f, "x\u0000\r\nSet-Cookie: a=b\u202e"])) },
      {
        label: `${tag}: invalid UTF-8`,
        raw: Buffer.concat([
          Buffer.from(intent ? `intent=${intent}&` : ""),
          ...FIELDS.map((f) =>
            Buffer.concat([Buffer.from(`${f}=`), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from("&")]),
          ),
        ]),
      },
    );
    const multipart = new FormData();
    if (intent) multipart.append("intent", intent);
    for (const f of FIELDS) multipart.append(f, "\u0000");
    multipart.append("file", new File([new Uint8Array([0x4d, 0x5a, 0x90])], "../../x\r\n.exe", { type: "application/pdf" }));
    bodies.push({ label: `${tag}: multipart with a hostile file`, multipart });
  }
  return bodies;
}

async function post(action: NonNullable<RouteModule["action"]>, address: ReturnType<typeof addressOf>, body: Body, cookie?: string) {
  const headers = new Headers();
  if (cookie) headers.set("Cookie", cookie);
  let payload: BodyInit | undefined;
  if (body.multipart) payload = body.multipart;
  else if (address.upload) {
    // A form with a file takes only multipart: the same malformed fields, sent that way.
    const form = new FormData();
    for (const [name, value] of body.form ?? []) form.append(name, value);
    if (body.raw) form.append("title", new Blob([new Uint8Array(body.raw)]), "raw.bin");
    payload = form;
  } else {
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    payload = body.raw ? new Uint8Array(body.raw) : new URLSearchParams(body.form).toString();
  }
  const request = new Request(new URL(address.url, "http://localhost:3000"), { method: "POST", headers, body: payload });
  // As the server calls it: thrown domain outcomes become their answers (scripts/lib/http-server.ts).
  const wrapped = mappingOutcomes(action as (args: never) => unknown, "action");
  let result: unknown;
  try {
    result = await wrapped({ request, params: address.params, context: { ...testContext } } as never);
  } catch (thrown) {
    result = thrown;
  }
  if (result instanceof Response) return { status: result.status, detail: "" };
  if (result && typeof result === "object" && (result as { type?: string }).type === "DataWithResponseInit")
    return { status: (result as { init: ResponseInit | null }).init?.status ?? 200, detail: "" };
  if (result instanceof Error) return { status: 500, detail: `${result.name}: ${result.message}`.slice(0, 300) };
  return { status: 200, detail: "" };
}

beforeAll(async () => {
  await seedAll({ demoAccounts: true });
  tables = (
    await db.$queryRawUnsafe<Array<{ table_name: string }>>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    )
  )
    .map((r) => r.table_name)
    .filter((t) => !MAY_RECORD_ATTEMPTS.has(t));
  people.admin = (await db.user.findUniqueOrThrow({ where: { email: "admin@demo.test" } })).id;
  people.secretariat = (await db.user.findUniqueOrThrow({ where: { email: "secretariat@demo.test" } })).id;
  people.target = (await createUser({ email: "fuzz-target@example.test" })).id;
  const group = await db.workingGroup.findUniqueOrThrow({ where: { number: 4 } });
  const first = async <T>(find: () => Promise<T | null>, what: string) => {
    const found = await find();
    if (!found) throw new Error(`The demo data has no ${what}`);
    return found;
  };
  Object.assign(params, {
    slug: group.slug,
    itemId: (await first(() => db.workPlanItem.findFirst({ where: { groupId: group.id } }), "plan item")).id,
    postId: (await first(() => db.post.findFirst({ where: { groupId: group.id } }), "group post")).id,
    "activities.id": (await first(() => db.activity.findFirst(), "activity")).id,
    "projects.id": (await first(() => db.project.findFirst(), "project")).id,
    "calendar.events.id": (await first(() => db.event.findFirst(), "event")).id,
    "calendar.id": (await first(() => db.event.findFirst(), "event")).id,
    "recommendations.id": (await first(() => db.recommendation.findFirst(), "recommendation")).id,
    "recommendations.assessments.id": (await first(() => db.assessment.findFirst(), "assessment")).id,
    "resources.id": (await first(() => db.resource.findFirst(), "resource")).id,
    "admin.users.id": people.target,
    "admin.organizations.id": (await first(() => db.organization.findFirst({ where: { iso3: "NOR" } }), "organization")).id,
    token: "not-a-real-token-but-long-enough-to-look-like-one-0123456789",
  });
}, 120_000);

const actionFiles = Object.entries(modules)
  .filter(([, module]) => typeof module.action === "function")
  .map(([file, module]) => ({ file: path.basename(file), action: module.action! }))
  .sort((a, b) => a.file.localeCompare(b.file));

describe("every action refuses malformed bodies without a 500 and without a partial write", () => {
  it("finds the actions", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(40);
  });

  for (const { file, action } of actionFiles) {
    it(file, async () => {
      const address = addressOf(file);
      const failures: string[] = [];
      const statuses: Record<number, number> = {};
      for (const body of bodiesFor(intentsOf(file))) {
        // A session of its own for every request: an action may end it (sign-out, password change).
        const cookie =
          address.who === "anonymous"
            ? undefined
            : address.who === "halfSignedIn"
              ? await sessionCookie(people.admin, "PENDING_SECOND_FACTOR")
              : await sessionCookie(address.who === "admin" ? people.admin : people.secretariat);
        const before = await rowCounts();
        const { status, detail } = await post(action, address, body, cookie);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status >= 500) failures.push(`${body.label}: ${status} ${detail}`);
        else if (status >= 400) {
          const after = await rowCounts();
          const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
          if (changed.length) failures.push(`${body.label}: refused with ${status} but changed ${changed.join(", ")}`);
        }
      }
      if (process.env.FUZZ_REPORT) console.log(file, JSON.stringify(statuses));
      expect(failures, `${file} at ${address.url}`).toEqual([]);
    });
  }
});
