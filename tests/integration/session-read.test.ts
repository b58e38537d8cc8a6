// A request's session and its person, read in one statement (app/auth/session-adapter.server.ts): the same person as
// Prisma's nested read gives, and nothing more of them than a request needs.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { actorInclude, toActorAttributes, toCurrentUser } from "~/auth/actor.server";
import { validateRequestSession } from "~/auth/session.server";
import { createUser, seedReference, sessionCookie } from "../support/fixtures";

beforeAll(seedReference);

const requestWith = (cookie: string) => new Request("http://localhost/", { headers: { Cookie: cookie } });

/** The person as Prisma reads them with the actor's relations (memberships in the statement's order, by group). */
async function prismaRead(id: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id }, include: actorInclude });
  const attributes = toActorAttributes(user);
  attributes.memberships.sort((a, b) => a.groupId.localeCompare(b.groupId));
  return toCurrentUser(id, attributes);
}

describe("a request's session", () => {
  it("gives the person as Prisma reads them: a State's focal point with groups, a lead date, a language and a zone", async () => {
    const person = await createUser({
      organization: "KEN",
      name: "Wanjiru Read",
      groups: [
        [4, "CHAIR"],
        [1, "MEMBER"],
        [7, "VICE_CHAIR"],
      ],
    });
    await db.user.update({
      where: { id: person.id },
      data: { leadSince: new Date("2026-03-04T05:06:07.089Z"), locale: "fr", timeZone: "Africa/Nairobi" },
    });
    const session = await validateRequestSession(requestWith(await sessionCookie(person.id, "PASSWORD")));
    expect(session?.user).toEqual(await prismaRead(person.id));
    expect(session?.user.isLead).toBe(true);
    expect(session?.user.memberships).toHaveLength(3);
    expect(session?.assurance).toBe("PASSWORD");
    const stored = await db.session.findUniqueOrThrow({ where: { id: session!.sessionHash } });
    expect(session?.createdAt).toEqual(stored.createdAt);
    expect(session?.createdAt).toBeInstanceOf(Date);
  });

  it("gives an entity's person with no group, no lead date and no language as Prisma reads them", async () => {
    const person = await createUser({ organization: "UNODC", name: "Entity Read" });
    const session = await validateRequestSession(requestWith(await sessionCookie(person.id)));
    const expected = await prismaRead(person.id);
    expect(session?.user).toEqual(expected);
    expect(session?.user.memberships).toEqual([]);
    expect(session?.user.isLead).toBe(false);
    expect(session?.user.organization.iso3).toBeNull();
    expect(session?.assurance).toBe("SECOND_FACTOR");
  });

  it("carries nothing of the person's secrets, and no session for an unknown or ended one", async () => {
    const person = await createUser({ organization: "KEN" });
    const cookie = await sessionCookie(person.id);
    const session = await validateRequestSession(requestWith(cookie));
    expect(Object.keys(session!.user)).not.toContain("passwordHash");
    expect(JSON.stringify(session)).not.toMatch(/passwordHash|totp|scrypt/i);
    expect(await validateRequestSession(requestWith("session=not-a-session"))).toBeNull();
    await db.user.update({ where: { id: person.id }, data: { status: "SUSPENDED" } });
    expect(await validateRequestSession(requestWith(cookie))).toBeNull();
  });
});
