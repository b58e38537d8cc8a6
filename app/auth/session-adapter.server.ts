// Lucia's storage, written for Prisma 7 (the published Prisma adapter only supports Prisma 4–5).
// Session ids are stored only as their SHA-256: a copy of the session table opens no session.
import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import { db } from "~/db.server";
import { sha256 } from "./tokens.server";
import { actorInclude, toActorAttributes, type ActorAttributes } from "./actor.server";
import type { SessionAssurance } from "~/enums";

export type SessionAttributes = { createdAt: Date; ip: string | null; userAgent: string | null; assurance: SessionAssurance };

function toDatabaseSession(
  browserId: string,
  row: { userId: string; expiresAt: Date; createdAt: Date; ip: string | null; userAgent: string | null; assurance: SessionAssurance },
): DatabaseSession {
  return {
    id: browserId,
    userId: row.userId,
    expiresAt: row.expiresAt,
    attributes: { createdAt: row.createdAt, ip: row.ip, userAgent: row.userAgent, assurance: row.assurance },
  };
}

export const hashedSessionAdapter: Adapter = {
  async getSessionAndUser(sessionId): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = await db.session.findUnique({
      where: { id: sha256(sessionId) },
      include: { user: { include: actorInclude } },
    });
    if (!row) return [null, null];
    const user: DatabaseUser = { id: row.user.id, attributes: toActorAttributes(row.user) satisfies ActorAttributes };
    return [toDatabaseSession(sessionId, row), user];
  },

  async getUserSessions(userId) {
    // The browser-side ids are not recoverable from their hashes; callers get the hash as the id.
    const rows = await db.session.findMany({ where: { userId } });
    return rows.map((row) => toDatabaseSession(row.id, row));
  },

  async setSession(session) {
    const attributes = session.attributes as Partial<SessionAttributes>;
    await db.session.create({
      data: {
        id: sha256(session.id),
        userId: session.userId,
        expiresAt: session.expiresAt,
        ip: attributes.ip ?? null,
        userAgent: attributes.userAgent ?? null,
        assurance: attributes.assurance ?? "PENDING_SECOND_FACTOR",
      },
    });
  },

  async updateSessionExpiration(sessionId, expiresAt) {
    await db.session.updateMany({ where: { id: sha256(sessionId) }, data: { expiresAt } });
  },

  async deleteSession(sessionId) {
    await db.session.deleteMany({ where: { id: sha256(sessionId) } });
  },

  async deleteUserSessions(userId) {
    await db.session.deleteMany({ where: { userId } });
  },

  async deleteExpiredSessions() {
    await db.session.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  },
};
