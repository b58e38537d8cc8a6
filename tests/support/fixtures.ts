// Test data made through the same code the app uses, against the test file's own database.
import { randomBytes } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { db, watchStatements } from "~/db.server";
import { toCurrentUser, toActorAttributes, actorInclude } from "~/auth/actor.server";
import type { ActingUser } from "~/auth/guards.server";
import { hashPassword } from "~/auth/password.server";
import { startSession } from "~/auth/session.server";
import type { SessionAssurance } from "~/enums";
import { sha256 } from "~/auth/tokens.server";
import { outcomeAsResponse } from "~/outcome-responses";
import { seedReferenceData } from "../../prisma/seed/reference.ts";

export const TEST_PASSWORD = "a perfectly fine test passphrase";
let passwordHash: Promise<string> | undefined;

export async function seedReference() {
  await seedReferenceData(db);
}

export async function organizationByCode(code: string) {
  return db.organization.findFirstOrThrow({ where: { OR: [{ acronym: code }, { iso3: code }] } });
}

type NewUser = {
  email?: string;
  name?: string;
  role?: "ADMIN" | "SECRETARIAT" | "FOCAL_POINT";
  status?: "INVITED" | "ACTIVE" | "SUSPENDED";
  organization?: string;
  groups?: Array<[number, "CHAIR" | "VICE_CHAIR" | "MEMBER"]>;
  phone?: string;
  phoneVisible?: boolean;
  title?: string;
  languages?: string[];
  interests?: number[];
};

export async function createUser(input: NewUser = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const organization = await organizationByCode(input.organization ?? "KEN");
  const user = await db.user.create({
    data: {
      email: input.email ?? `user-${randomBytes(4).toString("hex")}@example.test`,
      name: input.name ?? "Test User",
      role: input.role ?? "FOCAL_POINT",
      status: input.status ?? "ACTIVE",
      organizationId: organization.id,
      passwordHash: input.status === "INVITED" ? null : await passwordHash,
      phone: input.phone,
      phoneVisible: input.phoneVisible ?? false,
      title: input.title,
      languages: input.languages,
      interests: input.interests,
    },
  });
  for (const [number, role] of input.groups ?? []) {
    const group = await db.workingGroup.findUniqueOrThrow({ where: { number } });
    await db.membership.create({ data: { userId: user.id, groupId: group.id, role } });
  }
  return user;
}

/** The user as a domain function sees them when they act. */
export async function actingAs(userId: string, ip = "192.0.2.10"): Promise<ActingUser> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: actorInclude });
  return { ...toCurrentUser(user.id, toActorAttributes(user)), ip, sessionHash: sha256("no-session"), assurance: "SECOND_FACTOR" };
}

/**
 * A real session, as the Cookie header a browser would send: fully signed in unless told otherwise (tests of the
 * second factor ask for a half-signed-in one, PENDING_SECOND_FACTOR, or one signed in with the password only).
 */
export async function sessionCookie(userId: string, assurance: SessionAssurance = "SECOND_FACTOR"): Promise<string> {
  const setCookie = await startSession(userId, { ip: "192.0.2.10", userAgent: "vitest" }, assurance);
  return setCookie.split(";")[0];
}

/**
 * What `work` gives, how many SQL statements it ran and their texts (seen only where the test file set DB_COUNT_QUERIES=1
 * before the database client was made). Statements of other work running at the same time are counted too.
 */
export async function statementsOf<T>(work: () => Promise<T>): Promise<{ value: T; statements: number; texts: string[] }> {
  const texts: string[] = [];
  const stop = watchStatements((text) => texts.push(text));
  try {
    const value = await work();
    return { value, statements: texts.length, texts };
  } finally {
    stop();
  }
}

export const testContext: AppLoadContext = { clientIp: "192.0.2.10", cspNonce: "test" };

type RouteFunction = (args: { request: Request; params: Record<string, string | undefined>; context: AppLoadContext }) => unknown;

export type RouteOutcome = { status: number; location: string | null; data: unknown; headers: Headers };

/**
 * Calls a route's loader or action the way Remix does, and reports what the browser would get:
 * status, redirect location and data (thrown responses included).
 */
export async function callRoute(
  fn: RouteFunction | undefined,
  options: {
    url: string;
    cookie?: string;
    params?: Record<string, string>;
    form?: Record<string, string | string[]>;
    multipart?: FormData;
    method?: string;
    /** A page loaded in full (not a data request): the context keeps its drawings (app/drawn-in-document.server.ts). */
    drawings?: Map<number, unknown>;
    /** The load context of a request whose other loaders are called with it too (one page load); else one of its own. */
    context?: AppLoadContext;
  },
): Promise<RouteOutcome> {
  if (!fn) throw new Error("This route has no such function");
  const headers = new Headers();
  if (options.cookie) headers.set("Cookie", options.cookie);
  let body: URLSearchParams | FormData | undefined = options.multipart;
  if (options.form) {
    body = new URLSearchParams();
    for (const [key, value] of Object.entries(options.form)) for (const v of [value].flat()) body.append(key, v);
  }
  const method = options.method ?? (body ? "POST" : "GET");
  const request = new Request(new URL(options.url, "http://localhost:3000"), { method, headers, body });
  let result: unknown;
  try {
    // A context of its own, as the server builds one per request (the session is read once per context).
    const context = options.context ?? { ...testContext, drawings: options.drawings };
    result = await fn({ request, params: options.params ?? {}, context });
  } catch (thrown) {
    // The same mapping of domain outcomes (404, 403, 409) the server applies to every route.
    result = outcomeAsResponse(thrown);
  }
  if (result instanceof Response) {
    const text =
      result.headers.get("Content-Type")?.startsWith("text/") || !result.body
        ? await result.text()
        : Buffer.from(await result.arrayBuffer()).toString("latin1");
    return { status: result.status, location: result.headers.get("Location"), data: text, headers: result.headers };
  }
  if (result && typeof result === "object" && (result as { type?: string }).type === "DataWithResponseInit") {
    const { data, init } = result as { data: unknown; init: ResponseInit | null };
    return { status: init?.status ?? 200, location: null, data, headers: new Headers(init?.headers) };
  }
  if (result instanceof Error) throw result;
  return { status: 200, location: null, data: result, headers: new Headers() };
}

/**
 * The data of a drawing in a loader's answer, as a data request carries it (app/drawn-in-document.server.ts; a page
 * loaded in full carries only the drawing's number, and this fails on it).
 */
export function drawnData<Data>(drawing: unknown): Data {
  if (typeof drawing !== "object" || drawing === null || !("data" in drawing))
    throw new Error(`Not a drawing carrying its data: ${JSON.stringify(drawing)}`);
  return drawing.data as Data;
}
