// Lucia's storage, written for Prisma 7 (the published Prisma adapter only supports Prisma 4–5).
// Session ids are stored only as their SHA-256: a copy of the session table opens no session.
import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import { db, Prisma, readRows } from "~/db.server";
import { sha256 } from "./tokens.server";
import type { ActorAttributes } from "./actor.server";
import type { SessionAssurance } from "~/enums";

export type SessionAttributes = { createdAt: Date; ip: string | null; userAgent: string | null; assurance: SessionAssurance };

type SessionRow = SessionAttributes & { userId: string; expiresAt: Date } & Omit<ActorAttributes, "organizationId">;

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
  // One statement by the session's key, with only what a request needs of the person (not their password's hash or
  // second factor): written out, since Prisma's nested read of the same cost 1.5–1.9 times the process's CPU at every
  // request (0.44–0.54 ms against 0.29).
  async getSessionAndUser(sessionId): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const [row] = await readRows<SessionRow>(Prisma.sql`
      SELECT s.user_id::text AS "userId", s.expires_at AS "expiresAt", s.created_at AS "createdAt", s.ip,
        s.user_agent AS "userAgent", s.assurance::text AS assurance,
        u.email, u.name, u.role::text AS role, u.status::text AS status, u.time_zone AS "timeZone", u.locale,
        u.lead_since AS "leadSince",
        json_build_object('id', o.id, 'name', o.name, 'nameZh', o.name_zh, 'nameAr', o.name_ar, 'nameFr', o.name_fr,
          'nameRu', o.name_ru, 'nameEs', o.name_es, 'acronym', o.acronym, 'kind', o.kind, 'iso2', o.iso2, 'iso3', o.iso3,
          'isAssessmentBody', o.is_assessment_body, 'isSecretariat', o.is_secretariat) AS organization,
        coalesce((SELECT json_agg(json_build_object('groupId', m.group_id, 'role', m.role) ORDER BY m.group_id)
          FROM membership m WHERE m.user_id = u.id), '[]'::json) AS memberships
      FROM session s JOIN "user" u ON u.id = s.user_id JOIN organization o ON o.id = u.organization_id
      WHERE s.id = ${sha256(sessionId)}`);
    if (!row) return [null, null];
    const { userId, expiresAt, createdAt, ip, userAgent, assurance, ...person } = row;
    const attributes: ActorAttributes = { ...person, organizationId: person.organization.id };
    return [toDatabaseSession(sessionId, { userId, expiresAt, createdAt, ip, userAgent, assurance }), { id: userId, attributes }];
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
