// Administration of user accounts: find, suspend and reactivate (the secretariat for focal points, ADMIN for
// all), change the platform role (ADMIN).
import { z } from "zod";
import { LOCAL_NAMES } from "~/names";
import { db, type Prisma } from "~/db.server";
import { canAdminister, canChangeAccountOf, canChangeRoleOf } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure, notFound } from "~/outcomes";
import { revokeSessionsOf } from "~/auth/session.server";
import { auditBy } from "~/audit.server";
import { pageField, platformRoleField, userStatusField } from "../../fields";
import { organizationOptions } from "./organizations.server";

export const USERS_PAGE_SIZE = 25;

export const UserFilters = z.object({
  q: z.string().trim().max(200).optional(),
  organization: z.uuid().optional(),
  role: platformRoleField.optional(),
  status: userStatusField.optional(),
  page: pageField,
});
export type UserFilters = z.infer<typeof UserFilters>;

export async function listUsers(actor: ActingUser, filters: UserFilters) {
  ensure(canAdminister(actor, "users.read"), "403");
  const where: Prisma.UserWhereInput = {
    ...(filters.q
      ? { OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q.toLowerCase() } }] }
      : {}),
    ...(filters.organization ? { organizationId: filters.organization } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        status: true,
        lastSignInAt: true,
        organization: {
          select: { id: true, ...LOCAL_NAMES, acronym: true },
        },
      },
    }),
  ]);
  return { total, users, page: filters.page, pageSize: USERS_PAGE_SIZE };
}

export async function getUserForAdmin(actor: ActingUser, userId: string) {
  ensure(canAdminister(actor, "users.read"), "403");
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      role: true,
      status: true,
      version: true,
      lastSignInAt: true,
      createdAt: true,
      organization: {
        select: { id: true, ...LOCAL_NAMES, acronym: true },
      },
      _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } }, passkeys: true } },
      totpCredential: { select: { createdAt: true } },
    },
  });
  if (!user) notFound();
  const { totpCredential, ...rest } = user;
  return { ...rest, secondFactorSince: totpCredential?.createdAt ?? null };
}

export const AccountChange = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("suspend") }),
  z.object({ intent: z.literal("reactivate") }),
  z.object({ intent: z.literal("changeRole"), role: platformRoleField }),
]);
export type AccountChange = z.infer<typeof AccountChange>;

export type AccountChangeResult = { ok: true; name: string; role?: string } | { ok: false; error: string };

export async function changeAccount(actor: ActingUser, userId: string, change: AccountChange): Promise<AccountChangeResult> {
  ensure(canAdminister(actor, change.intent === "changeRole" ? "users.changeRole" : "users.suspend"), "403");
  const target = await db.user.findUnique({ where: { id: userId } });
  if (!target) notFound();
  if (target.id === actor.id) return { ok: false, error: "admin.cannotChangeSelf" };
  ensure(change.intent === "changeRole" ? canChangeRoleOf(actor, target) : canChangeAccountOf(actor, target), "403");

  const data: Prisma.UserUpdateInput =
    change.intent === "suspend"
      ? { status: "SUSPENDED" }
      : change.intent === "reactivate"
        ? // A former focal point who comes back is a current one again.
          { status: target.passwordHash ? "ACTIVE" : "INVITED", leftAt: null }
        : { role: change.role };
  await db.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: userId }, data: { ...data, version: { increment: 1 } } });
    await auditBy(actor, tx, {
      // Written out in full: the audit trail's templates are checked against the literal codes in the source.
      action: change.intent === "changeRole" ? "user.roleChanged" : change.intent === "suspend" ? "user.suspended" : "user.reactivated",
      subjectType: "User",
      subjectId: userId,
      before: { status: target.status, role: target.role },
      after: { status: updated.status, role: updated.role },
    });
  });
  // A suspended user's open sessions stop working at once; a role change takes effect on the next request anyway.
  if (change.intent === "suspend") await revokeSessionsOf(userId);
  return { ok: true, name: target.name, role: change.intent === "changeRole" ? change.role : undefined };
}

/** The users page: a page of accounts and the organizations to filter by. */
export async function userListPage(actor: ActingUser, filters: UserFilters) {
  const [result, organizations] = await Promise.all([listUsers(actor, filters), organizationOptions()]);
  return { result, organizations };
}
