/// <reference types="vite/client" />
// Two-factor sign-in against the real routes and database: setting up an authenticator app after the password,
// wrong and reused codes, recovery codes used once, the limit on wrong codes, the half-signed-in session that reaches
// nothing but the second step (every loader and action of the signed-in app), and an administrator's reset.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { sha256 } from "~/auth/tokens.server";
import * as login from "~/routes/_auth.login";
import * as twoFactor from "~/routes/_auth.two-factor";
import * as accountTwoFactor from "~/routes/_app.account_.two-factor";
import * as home from "~/routes/_app._index";
import * as adminUser from "~/routes/_app.admin.users.$id";
import { callRoute, createUser, seedReference, sessionCookie, TEST_PASSWORD } from "../support/fixtures";
import { startSmtpReceiver, waitForMail } from "../support/smtp-receiver";

let mailDir: string;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  mailDir = await mkdtemp(path.join(tmpdir(), "mail-"));
  smtp = await startSmtpReceiver(mailDir);
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  await seedReference();
});
afterAll(() => smtp.stop());

const STEP = 30;
const codeAt = (secret: string, offsetSteps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * STEP });

/** Signs in with the password through the sign-in route; returns the (half-signed-in) session cookie and where it went. */
async function signInWithPassword(email: string) {
  const outcome = await callRoute(login.action, { url: "/login", form: { email, password: TEST_PASSWORD, redirectTo: "/directory" } });
  expect(outcome.status).toBe(302);
  const cookie = outcome.headers.get("Set-Cookie")!.split(";")[0];
  return { cookie, location: outcome.location };
}

async function enrol(cookie: string) {
  const page = await callRoute(twoFactor.loader, { url: "/two-factor", cookie });
  const data = page.data as { mode: string; offer: { secret: string } };
  expect(data.mode).toBe("enrol");
  const secret = data.offer.secret;
  const enrolCode = await codeAt(secret);
  const done = await callRoute(twoFactor.action, {
    url: "/two-factor",
    cookie,
    form: { intent: "enrol", code: enrolCode, redirectTo: "/directory" },
  });
  expect(done.status).toBe(200);
  return { secret, enrolCode, recoveryCodes: (done.data as { recoveryCodes: string[] }).recoveryCodes };
}

const verify = (cookie: string, code: string) =>
  callRoute(twoFactor.action, {
    url: "/two-factor?redirectTo=%2Fdirectory",
    cookie,
    form: { intent: "verify", code, redirectTo: "/directory" },
  });

const wrongCode = async (secret: string) => {
  const right = new Set([await codeAt(secret, -1), await codeAt(secret), await codeAt(secret, 1)]);
  return ["000000", "111111", "222222", "333333"].find((c) => !right.has(c))!;
};

describe("setting up an authenticator app after the password", () => {
  it("sends someone who must use a second factor to set it up, and signs them in once a code from the app confirms it", async () => {
    const user = await createUser({ role: "SECRETARIAT", organization: "UNOCT", email: "enrol@example.test" });
    const { cookie, location } = await signInWithPassword(user.email);
    expect(location).toBe("/two-factor?redirectTo=%2Fdirectory");
    // Nothing else is reachable yet.
    const blocked = await callRoute(home.loader, { url: "/", cookie });
    expect(blocked.status).toBe(302);
    expect(blocked.location).toBe("/two-factor?redirectTo=%2F");

    const page = await callRoute(twoFactor.loader, { url: "/two-factor", cookie });
    const offer = (page.data as { offer: { secret: string; qrImage: string; secretGroups: string } }).offer;
    expect(offer.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(offer.qrImage).toMatch(/^data:image\/png;base64,/);
    expect(offer.secretGroups.replace(/ /g, "")).toBe(offer.secret);
    // Reloading keeps the same key (the app was maybe already scanned).
    expect((await callRoute(twoFactor.loader, { url: "/two-factor", cookie })).data).toMatchObject({ offer: { secret: offer.secret } });

    const wrong = await callRoute(twoFactor.action, {
      url: "/two-factor",
      cookie,
      form: { intent: "enrol", code: await wrongCode(offer.secret) },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.data).toMatchObject({ errors: { code: "twoFactor.wrongCode" } });
    expect(await db.totpCredential.count({ where: { userId: user.id } })).toBe(0);

    const since = Date.now();
    const done = await callRoute(twoFactor.action, {
      url: "/two-factor",
      cookie,
      form: { intent: "enrol", code: await codeAt(offer.secret), redirectTo: "/directory" },
    });
    expect(done.status).toBe(200);
    expect(done.headers.get("Cache-Control")).toBe("private, no-store");
    const codes = (done.data as { recoveryCodes: string[]; next: string }).recoveryCodes;
    expect(done.data).toMatchObject({ next: "/directory" });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    // Stored hashed only; the session's set-up key is gone.
    const stored = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((r) => r.codeHash).sort()).toEqual(codes.map((c) => sha256(c.replace(/-/g, ""))).sort());
    expect(JSON.stringify(stored)).not.toContain(codes[0]);
    expect(await db.session.findFirst({ where: { userId: user.id }, select: { totpSetupSecret: true, assurance: true } })).toEqual({
      totpSetupSecret: null,
      assurance: "SECOND_FACTOR",
    });

    expect((await callRoute(home.loader, { url: "/", cookie })).status).toBe(200);
    const mail = await waitForMail(mailDir, user.email, { since });
    expect(mail.subject).toBe("Two-factor sign-in turned on");
    expect(await db.auditEvent.count({ where: { action: "account.secondFactor.added", subjectId: user.id } })).toBe(1);
  });
});

describe("the second step of signing in", () => {
  let email: string;
  let secret: string;
  let recoveryCodes: string[];
  let enrolCode: string;
  beforeAll(async () => {
    email = (await createUser({ role: "ADMIN", organization: "UNOCT", email: "second-step@example.test" })).email;
    ({ secret, recoveryCodes, enrolCode } = await enrol((await signInWithPassword(email)).cookie));
  });

  it("refuses a wrong code and a code already used in its time step; accepts a fresh one once", async () => {
    const { cookie } = await signInWithPassword(email);
    expect((await verify(cookie, await wrongCode(secret))).data).toMatchObject({ errors: { code: "twoFactor.wrongCode" } });
    // The code that confirmed the set-up was used: the same code is refused (whether or not its step has passed since:
    // on a busy machine signing in can take longer than a step).
    const used = await verify(cookie, enrolCode);
    expect(used.status).toBe(400);
    expect(used.data).toMatchObject({ errors: { code: "twoFactor.wrongCode" } });
    expect((await callRoute(home.loader, { url: "/", cookie })).status).toBe(302);
    // The next step's code is within the clock tolerance, and works once.
    const next = await codeAt(secret, 1);
    const ok = await verify(cookie, next);
    expect(ok.status).toBe(302);
    expect(ok.location).toBe("/directory");
    expect((await callRoute(home.loader, { url: "/", cookie })).status).toBe(200);

    const again = await signInWithPassword(email);
    expect((await verify(again.cookie, next)).status).toBe(400);
    expect(await db.auditEvent.count({ where: { action: "auth.secondFactor.failed", actor: { email } } })).toBe(3);
  });

  it("accepts each recovery code once, in any case and without dashes", async () => {
    const first = await signInWithPassword(email);
    expect((await verify(first.cookie, recoveryCodes[0])).status).toBe(302);
    const second = await signInWithPassword(email);
    expect((await verify(second.cookie, recoveryCodes[0])).status).toBe(400);
    expect((await verify(second.cookie, recoveryCodes[1].toLowerCase().replace(/-/g, ""))).status).toBe(302);
    expect(await db.recoveryCode.count({ where: { user: { email }, usedAt: null } })).toBe(8);
    expect(await db.auditEvent.count({ where: { action: "auth.secondFactor.recoveryCodeUsed", actor: { email } } })).toBe(2);
  });

  it("stops after five wrong codes, even for the right one, and counts concurrent guesses before checking them", async () => {
    const other = await createUser({ role: "SECRETARIAT", organization: "UNOCT", email: "guesser@example.test" });
    const { secret: otherSecret } = await enrol((await signInWithPassword(other.email)).cookie);
    const { cookie } = await signInWithPassword(other.email);
    const wrong = await wrongCode(otherSecret);
    const answers = await Promise.all(Array.from({ length: 8 }, () => verify(cookie, wrong)));
    const messages = answers.map((a) => (a.data as { errors: { code: string } }).errors.code);
    expect(messages.filter((m) => m === "twoFactor.wrongCode")).toHaveLength(5);
    expect(messages.filter((m) => m === "twoFactor.tooManyAttempts")).toHaveLength(3);
    const right = await verify(cookie, await codeAt(otherSecret, 1));
    expect(right.data).toMatchObject({ errors: { code: "twoFactor.tooManyAttempts" } });
    expect((await callRoute(home.loader, { url: "/", cookie })).status).toBe(302);
  });
});

describe("who must use a second factor", () => {
  it("lets a focal point without one sign in with the password alone, and asks a focal point who set one up for it", async () => {
    const focal = await createUser({ role: "FOCAL_POINT", organization: "KEN", email: "focal-optional@example.test" });
    const plain = await signInWithPassword(focal.email);
    expect(plain.location).toBe("/directory");
    expect((await callRoute(home.loader, { url: "/", cookie: plain.cookie })).status).toBe(200);

    // The focal point sets up an app on the account page; from then on the second step is asked.
    const page = await callRoute(accountTwoFactor.loader, { url: "/account/two-factor", cookie: plain.cookie });
    const secret = (page.data as { offer: { secret: string } }).offer.secret;
    const set = await callRoute(accountTwoFactor.action, {
      url: "/account/two-factor",
      cookie: plain.cookie,
      form: { intent: "enrol", code: await codeAt(secret) },
    });
    expect(set.status).toBe(200);
    const next = await signInWithPassword(focal.email);
    expect(next.location).toBe("/two-factor?redirectTo=%2Fdirectory");
    expect((await verify(next.cookie, await codeAt(secret, 1))).status).toBe(302);

    // They may turn it off again (with a code); someone who must use one may not.
    const off = await callRoute(accountTwoFactor.action, {
      url: "/account/two-factor",
      cookie: next.cookie,
      form: { intent: "turnOff", code: (set.data as { recoveryCodes: string[] }).recoveryCodes[0] },
    });
    expect(off.status).toBe(302);
    expect(await db.totpCredential.count({ where: { userId: focal.id } })).toBe(0);
    expect((await signInWithPassword(focal.email)).location).toBe("/directory");
  });

  it("requires it of the assessment body's focal points, and refuses to turn it off for them", async () => {
    const cted = await createUser({ role: "FOCAL_POINT", organization: "CTED", email: "cted-focal@example.test" });
    const { cookie, location } = await signInWithPassword(cted.email);
    expect(location).toBe("/two-factor?redirectTo=%2Fdirectory");
    await enrol(cookie);
    const off = await callRoute(accountTwoFactor.action, {
      url: "/account/two-factor",
      cookie,
      form: { intent: "turnOff", code: "123456" },
    });
    expect(off.status).toBe(403);
    expect(await db.totpCredential.count({ where: { userId: cted.id } })).toBe(1);
  });

  it("sends a session signed in with the password alone to set up, when the role requires a second factor", async () => {
    const secretariat = await createUser({ role: "SECRETARIAT", organization: "UNOCT" });
    const cookie = await sessionCookie(secretariat.id, "PASSWORD");
    const outcome = await callRoute(home.loader, { url: "/", cookie });
    expect(outcome.location).toBe("/two-factor?redirectTo=%2F");
    expect(((await callRoute(twoFactor.loader, { url: "/two-factor", cookie })).data as { mode: string }).mode).toBe("enrol");
  });

  it("asks a fully signed-in session for nothing on the second step, and sends its codes away", async () => {
    const admin = await createUser({ role: "ADMIN", organization: "UNOCT" });
    const cookie = await sessionCookie(admin.id);
    const page = await callRoute(twoFactor.loader, { url: "/two-factor?redirectTo=%2Fcalendar", cookie });
    expect(page.data).toEqual({ mode: "signedIn", required: false, offer: null });
    const post = await callRoute(twoFactor.action, {
      url: "/two-factor?redirectTo=%2Fcalendar",
      cookie,
      form: { intent: "verify", code: "123456", redirectTo: "/calendar" },
    });
    expect(post.status).toBe(302);
    expect(post.location).toBe("/calendar");
  });

  it("sends a visitor without a session to sign in", async () => {
    expect((await callRoute(twoFactor.loader, { url: "/two-factor" })).location).toBe("/login");
  });
});

// Every loader and action of the signed-in app, with a half-signed-in session: each one sends it to the second step
// (the guard is the one place; this walks every route module so a new route cannot skip it).
describe("a half-signed-in session reaches nothing but the second step", () => {
  const modules = import.meta.glob<Record<string, unknown>>("/app/routes/_app*.tsx", { eager: true });
  const params = {
    id: "00000000-0000-4000-8000-000000000000",
    postId: "00000000-0000-4000-8000-000000000000",
    itemId: "00000000-0000-4000-8000-000000000000",
    slug: "group-1",
    iso3: "KEN",
    "*": "anything",
  };
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    const focal = await createUser({ role: "FOCAL_POINT", organization: "KEN" });
    await db.totpCredential.create({ data: { userId: focal.id, secret: "JBSWY3DPEHPK3PXP", lastUsedStep: 0 } });
    cookies.pending = await sessionCookie(focal.id, "PENDING_SECOND_FACTOR");
    cookies.unenrolledAdmin = await sessionCookie((await createUser({ role: "ADMIN", organization: "UNOCT" })).id, "PASSWORD");
  });

  const entries = Object.entries(modules).flatMap(([file, mod]) =>
    (["loader", "action"] as const).filter((fn) => typeof mod[fn] === "function").map((fn) => ({ file, fn, mod })),
  );
  it("walks a sizeable list of routes", () => expect(entries.length).toBeGreaterThan(60));

  for (const visitor of ["pending", "unenrolledAdmin"]) {
    for (const { file, fn, mod } of entries) {
      it(`${path.basename(file)} ${fn}: ${visitor} is sent to the second step`, async () => {
        const outcome = await callRoute(mod[fn] as Parameters<typeof callRoute>[0], {
          url: "/somewhere?x=1",
          cookie: cookies[visitor],
          params,
          form: fn === "action" ? { intent: "anything" } : undefined,
        });
        expect(outcome.status).toBe(302);
        expect(outcome.location).toBe("/two-factor?redirectTo=%2Fsomewhere%3Fx%3D1");
      });
    }
  }
});

describe("an administrator resets a second factor", () => {
  it("removes the app and the recovery codes, ends the sessions, records it and tells the person by mail", async () => {
    const target = await createUser({ role: "SECRETARIAT", organization: "UNOCT", email: "lost-phone@example.test", name: "Lost Phone" });
    const targetCookie = (await signInWithPassword(target.email)).cookie;
    await enrol(targetCookie);
    const admin = await createUser({ role: "ADMIN", organization: "UNOCT" });
    const secretariat = await createUser({ role: "SECRETARIAT", organization: "UNOCT" });
    const url = `/admin/users/${target.id}`;
    const form = { intent: "resetSecondFactor", confirmed: "yes" };

    const refused = await callRoute(adminUser.action, {
      url,
      cookie: await sessionCookie(secretariat.id),
      params: { id: target.id },
      form,
    });
    expect(refused.status).toBe(403);
    expect(await db.totpCredential.count({ where: { userId: target.id } })).toBe(1);

    const adminCookie = await sessionCookie(admin.id);
    const asked = await callRoute(adminUser.action, {
      url,
      cookie: adminCookie,
      params: { id: target.id },
      form: { intent: "resetSecondFactor" },
    });
    expect(asked.data).toMatchObject({ confirm: "resetSecondFactor" });
    expect(await db.totpCredential.count({ where: { userId: target.id } })).toBe(1);

    const since = Date.now();
    const done = await callRoute(adminUser.action, { url, cookie: adminCookie, params: { id: target.id }, form });
    expect(done.status).toBe(302);
    expect(await db.totpCredential.count({ where: { userId: target.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { userId: target.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: target.id } })).toBe(0);
    expect((await callRoute(home.loader, { url: "/", cookie: targetCookie })).location).toBe("/login?redirectTo=%2F");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.secondFactorReset", subjectId: target.id } });
    expect(event.actorId).toBe(admin.id);
    const mail = await waitForMail(mailDir, target.email, { since });
    expect(mail.subject).toBe("Your two-factor sign-in was reset");

    // At the next sign-in they set up a new app.
    const again = await signInWithPassword(target.email);
    expect(((await callRoute(twoFactor.loader, { url: "/two-factor", cookie: again.cookie })).data as { mode: string }).mode).toBe("enrol");
  });
});
