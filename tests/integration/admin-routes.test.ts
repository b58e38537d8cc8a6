// Every administration route, for every kind of visitor: the server decides, whatever the page shows.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as adminLayout from "~/routes/_app.admin";
import * as adminIndex from "~/routes/_app.admin._index";
import * as users from "~/routes/_app.admin.users._index";
import * as inviteRoute from "~/routes/_app.admin.users.new";
import * as userRoute from "~/routes/_app.admin.users.$id";
import * as organizations from "~/routes/_app.admin.organizations._index";
import * as newOrganization from "~/routes/_app.admin.organizations.new";
import * as organizationRoute from "~/routes/_app.admin.organizations.$id";
import * as invitations from "~/routes/_app.admin.invitations";
import * as audit from "~/routes/_app.admin.audit";
import * as home from "~/routes/_app._index";
import * as account from "~/routes/_app.account";
import * as notFoundRoute from "~/routes/_app.$";
import { walkAuthorizationTable, type RouteCase, type Visitor } from "../support/authorization";
import { callRoute, drawnData, createUser, organizationByCode, seedReference, sessionCookie } from "../support/fixtures";

const cookies: Record<Visitor, string | undefined> = { anonymous: undefined, focalPoint: "", secretariat: "", admin: "" };
let targetUserId: string;
let kenyaId: string;

beforeAll(async () => {
  await seedReference();
  cookies.focalPoint = await sessionCookie((await createUser({ role: "FOCAL_POINT", organization: "KEN" })).id);
  cookies.secretariat = await sessionCookie((await createUser({ role: "SECRETARIAT", organization: "UNOCT" })).id);
  cookies.admin = await sessionCookie((await createUser({ role: "ADMIN", organization: "UNOCT" })).id);
  targetUserId = (await createUser({ email: "target@example.test", name: "Target Person" })).id;
  kenyaId = (await organizationByCode("KEN")).id;
});

const readOnlyAdmin = { anonymous: 302, focalPoint: 403, secretariat: 403, admin: 200 };
const provisioning = { anonymous: 302, focalPoint: 403, secretariat: 200, admin: 200 };
const cases: RouteCase[] = [
  { name: "home", fn: () => home.loader, url: "/", expect: { anonymous: 302, focalPoint: 200, secretariat: 200, admin: 200 } },
  { name: "account", fn: () => account.loader, url: "/account", expect: { anonymous: 302, focalPoint: 200, secretariat: 200, admin: 200 } },
  {
    name: "unknown page",
    fn: () => notFoundRoute.loader,
    url: "/no/such/page",
    expect: { anonymous: 302, focalPoint: 404, secretariat: 404, admin: 404 },
  },
  {
    name: "admin layout",
    fn: () => adminLayout.loader,
    url: "/admin",
    expect: { anonymous: 302, focalPoint: 403, secretariat: 200, admin: 200 },
  },
  {
    name: "admin index",
    fn: () => adminIndex.loader,
    url: "/admin",
    expect: { anonymous: 302, focalPoint: 403, secretariat: 200, admin: 200 },
  },
  { name: "users list", fn: () => users.loader, url: "/admin/users", expect: provisioning },
  { name: "invite form", fn: () => inviteRoute.loader, url: "/admin/users/new", expect: provisioning },
  {
    name: "invite action",
    fn: () => inviteRoute.action,
    url: "/admin/users/new",
    form: () => ({ email: "", name: "" }),
    expect: { anonymous: 302, focalPoint: 403, secretariat: 400, admin: 400 },
  },
  { name: "user page", fn: () => userRoute.loader, url: "/admin/users/x", params: () => ({ id: targetUserId }), expect: provisioning },
  {
    name: "change role",
    fn: () => userRoute.action,
    url: "/admin/users/x",
    params: () => ({ id: targetUserId }),
    form: () => ({ intent: "changeRole", role: "FOCAL_POINT" }),
    expect: { anonymous: 302, focalPoint: 403, secretariat: 403, admin: 302 },
  },
  { name: "organizations", fn: () => organizations.loader, url: "/admin/organizations", expect: readOnlyAdmin },
  { name: "new organization form", fn: () => newOrganization.loader, url: "/admin/organizations/new", expect: readOnlyAdmin },
  {
    name: "new organization action",
    fn: () => newOrganization.action,
    url: "/admin/organizations/new",
    form: () => ({ kind: "COMPACT_ENTITY", name: "" }),
    expect: { anonymous: 302, focalPoint: 403, secretariat: 403, admin: 400 },
  },
  {
    name: "organization page",
    fn: () => organizationRoute.loader,
    url: "/admin/organizations/x",
    params: () => ({ id: kenyaId }),
    expect: readOnlyAdmin,
  },
  {
    name: "organization edit",
    fn: () => organizationRoute.action,
    url: "/admin/organizations/x",
    params: () => ({ id: kenyaId }),
    form: () => ({ kind: "MEMBER_STATE", name: "" }),
    expect: { anonymous: 302, focalPoint: 403, secretariat: 403, admin: 400 },
  },
  { name: "invitations", fn: () => invitations.loader, url: "/admin/invitations", expect: provisioning },
  {
    name: "invitation action",
    fn: () => invitations.action,
    url: "/admin/invitations",
    form: () => ({ intent: "resend", invitationId: "00000000-0000-4000-8000-000000000000" }),
    expect: { anonymous: 302, focalPoint: 403, secretariat: 404, admin: 404 },
  },
  {
    name: "audit trail",
    fn: () => audit.loader,
    url: "/admin/audit",
    expect: { anonymous: 302, focalPoint: 403, secretariat: 200, admin: 200 },
  },
];

walkAuthorizationTable("who may use which page", cookies, cases);

describe("administration pages", () => {
  it("asks before suspending, then suspends and records it", async () => {
    const first = await callRoute(userRoute.action, {
      url: "/admin/users/x",
      cookie: cookies.admin,
      params: { id: targetUserId },
      form: { intent: "suspend" },
    });
    expect(first.status).toBe(200);
    expect(first.data).toMatchObject({ confirm: "suspend" });
    expect((await db.user.findUniqueOrThrow({ where: { id: targetUserId } })).status).toBe("ACTIVE");
    const second = await callRoute(userRoute.action, {
      url: "/admin/users/x",
      cookie: cookies.admin,
      params: { id: targetUserId },
      form: { intent: "suspend", confirmed: "yes" },
    });
    expect(second.status).toBe(302);
    expect((await db.user.findUniqueOrThrow({ where: { id: targetUserId } })).status).toBe("SUSPENDED");
    await callRoute(userRoute.action, {
      url: "/admin/users/x",
      cookie: cookies.admin,
      params: { id: targetUserId },
      form: { intent: "reactivate" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: targetUserId } })).status).toBe("ACTIVE");
  });

  it("finds organizations by their name in any of the six languages", async () => {
    for (const q of ["Norvège", "норвегия", "النرويج", "Noruega", "挪威", "Norway"]) {
      const outcome = await callRoute(organizations.loader, {
        url: `/admin/organizations?q=${encodeURIComponent(q)}`,
        cookie: cookies.admin,
      });
      expect(
        (outcome.data as { organizations: Array<{ iso3: string | null }> }).organizations.map((o) => o.iso3),
        q,
      ).toContain("NOR");
    }
  });

  it("filters users by search, organization, role and status, and paginates", async () => {
    for (let i = 0; i < 30; i++)
      await createUser({
        email: `bulk${String(i).padStart(2, "0")}@example.test`,
        name: `Bulk Person ${String(i).padStart(2, "0")}`,
        organization: "NOR",
      });
    const norway = await organizationByCode("NOR");
    const page1 = await callRoute(users.loader, { url: `/admin/users?organization=${norway.id}&q=bulk`, cookie: cookies.admin });
    const data1 = page1.data as { total: number; users: Array<{ email: string }> };
    expect(data1.total).toBe(30);
    expect(data1.users).toHaveLength(25);
    const page2 = await callRoute(users.loader, { url: `/admin/users?organization=${norway.id}&q=bulk&page=2`, cookie: cookies.admin });
    expect((page2.data as { users: unknown[] }).users).toHaveLength(5);
    const admins = await callRoute(users.loader, { url: "/admin/users?role=ADMIN", cookie: cookies.admin });
    expect((admins.data as { users: Array<{ role: string }> }).users.every((u) => u.role === "ADMIN")).toBe(true);
    const suspended = await callRoute(users.loader, { url: "/admin/users?status=SUSPENDED&q=bulk", cookie: cookies.admin });
    expect((suspended.data as { total: number }).total).toBe(0);
  });

  it("refuses an organization edit based on a stale version and shows the newer one", async () => {
    const unodc = await organizationByCode("UNODC");
    const form = {
      version: String(unodc.version),
      kind: "COMPACT_ENTITY",
      name: unodc.name,
      acronym: "UNODC",
      nameZh: "联合国毒品和犯罪问题办公室",
      nameAr: "مكتب الأمم المتحدة المعني بالمخدرات والجريمة",
      nameFr: "Office des Nations Unies contre la drogue et le crime",
    };
    const first = await callRoute(organizationRoute.action, {
      url: "/admin/organizations/x",
      cookie: cookies.admin,
      params: { id: unodc.id },
      form,
    });
    expect(first.status).toBe(302);
    const stale = await callRoute(organizationRoute.action, {
      url: "/admin/organizations/x",
      cookie: cookies.admin,
      params: { id: unodc.id },
      form: { ...form, nameZh: "旧版本" },
    });
    expect(stale.status).toBe(400);
    expect(stale.data).toMatchObject({
      errors: { form: "common.staleEdit" },
      current: { nameZh: "联合国毒品和犯罪问题办公室", version: unodc.version + 1 },
    });
    const saved = await db.organization.findUniqueOrThrow({ where: { id: unodc.id } });
    expect(saved.nameZh).toBe("联合国毒品和犯罪问题办公室");
    expect(saved.nameAr).toBe("مكتب الأمم المتحدة المعني بالمخدرات والجريمة");
    expect(saved.nameFr).toBe("Office des Nations Unies contre la drogue et le crime");
    const events = await db.auditEvent.findMany({ where: { subjectId: unodc.id, action: "organization.updated" } });
    expect(events).toHaveLength(1);
  });

  it("creates an organization and refuses a duplicate ISO code with a message, not a 500", async () => {
    const created = await callRoute(newOrganization.action, {
      url: "/admin/organizations/new",
      cookie: cookies.admin,
      form: { kind: "MEMBER_STATE", name: "Holy See (test)", iso3: "vat", iso2: "va", region: "EUROPE" },
    });
    expect(created.status).toBe(302);
    expect(await db.organization.findUnique({ where: { iso3: "VAT" } })).toMatchObject({
      name: "Holy See (test)",
      iso2: "VA",
      region: "EUROPE",
    });
    const duplicate = await callRoute(newOrganization.action, {
      url: "/admin/organizations/new",
      cookie: cookies.admin,
      form: { kind: "MEMBER_STATE", name: "Kenya again", iso3: "KEN", iso2: "KX" },
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.data).toMatchObject({ errors: { iso3: "admin.isoTaken" } });
  });

  it("lets the secretariat invite a focal point into working groups, but not secretariat or admin accounts", async () => {
    const unodc = await organizationByCode("UNODC");
    const groups = await db.workingGroup.findMany({ where: { number: { in: [2, 4] } }, orderBy: { number: "asc" } });
    const refused = await callRoute(inviteRoute.action, {
      url: "/admin/users/new",
      cookie: cookies.secretariat,
      form: { email: "new-staff@example.test", name: "New Staff", organizationId: unodc.id, role: "SECRETARIAT" },
    });
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({ errors: { role: "admin.roleNotYours" } });
    expect(await db.user.findUnique({ where: { email: "new-staff@example.test" } })).toBeNull();

    const form = {
      email: "new-fp@example.test",
      name: "New Focal Point",
      organizationId: unodc.id,
      role: "FOCAL_POINT",
      groupIds: groups.map((g) => g.id),
    };
    const invited = await callRoute(inviteRoute.action, { url: "/admin/users/new", cookie: cookies.secretariat, form });
    expect(invited.status).toBe(302);
    const invitation = await db.invitation.findFirstOrThrow({
      where: { user: { email: "new-fp@example.test" } },
      include: { groups: true },
    });
    expect(invitation.groups.map((g) => g.groupId).sort()).toEqual(groups.map((g) => g.id).sort());
  });

  it("lets the secretariat suspend a focal point but not an admin, and never change a role", async () => {
    const adminTarget = await createUser({ email: "other-admin@example.test", role: "ADMIN", organization: "UNOCT" });
    const suspendAdmin = await callRoute(userRoute.action, {
      url: "/admin/users/x",
      cookie: cookies.secretariat,
      params: { id: adminTarget.id },
      form: { intent: "suspend", confirmed: "yes" },
    });
    expect(suspendAdmin.status).toBe(403);
    const changeRole = await callRoute(userRoute.action, {
      url: "/admin/users/x",
      cookie: cookies.secretariat,
      params: { id: targetUserId },
      form: { intent: "changeRole", role: "ADMIN" },
    });
    expect(changeRole.status).toBe(403);
    const suspend = await callRoute(userRoute.action, {
      url: "/admin/users/x",
      cookie: cookies.secretariat,
      params: { id: targetUserId },
      form: { intent: "suspend", confirmed: "yes" },
    });
    expect(suspend.status).toBe(302);
    expect((await db.user.findUniqueOrThrow({ where: { id: targetUserId } })).status).toBe("SUSPENDED");
    await callRoute(userRoute.action, {
      url: "/admin/users/x",
      cookie: cookies.secretariat,
      params: { id: targetUserId },
      form: { intent: "reactivate" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: targetUserId } })).status).toBe("ACTIVE");
    expect((await db.user.findUniqueOrThrow({ where: { id: adminTarget.id } })).status).toBe("ACTIVE");
  });

  it("filters the audit trail by action", async () => {
    const outcome = await callRoute(audit.loader, { url: "/admin/audit?action=organization.", cookie: cookies.secretariat });
    const data = outcome.data as { table: unknown; total: number };
    const { events } = drawnData<{ events: Array<{ action: string }> }>(data.table);
    expect(data.total).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.action.startsWith("organization."))).toBe(true);
  });
});
