// Mentions typed inline (mention-token.ts): the autocomplete's candidates (the group's active members, for the
// members who may post there), completing `@[Full name]` written without JavaScript, and showing mentions as links.
import { db, type Prisma } from "~/db.server";
import { LOCAL_NAMES } from "~/names";
import { canParticipateInGroup } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { notFound } from "~/outcomes";
import { groupSpaceId, type GroupAddress } from "./spaces.server";
import { mentionToken, mentionTokens, replaceMentions } from "./mention-token";

/** Candidates the autocomplete offers at most. */
export const MENTION_CANDIDATES = 10;

/**
 * The group's active members (not the asker) whose name contains `query`, for a member who may post in the group;
 * 404 for anyone else (the list names the group's members).
 */
export async function mentionCandidates(actor: ActingUser, group: GroupAddress, query: string) {
  const groupId = await groupSpaceId(actor, group);
  if (!canParticipateInGroup(actor, groupId)) notFound();
  const q = query.trim().slice(0, 100);
  return db.user.findMany({
    where: {
      status: "ACTIVE",
      id: { not: actor.id },
      memberships: { some: { groupId } },
      ...(q ? { name: { contains: q, mode: "insensitive" } } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MENTION_CANDIDATES,
    select: { id: true, name: true, organization: { select: { ...LOCAL_NAMES, acronym: true } } },
  });
}

/**
 * The people a text mentions among the group's active members, and the text with each `@[Full name]` of exactly
 * one such member completed with their id (one statement; none for a text without mentions).
 */
export async function resolveMentions(tx: Prisma.TransactionClient, groupId: string, text: string) {
  const tokens = mentionTokens(text);
  if (tokens.length === 0) return { text, ids: [] as string[] };
  const ids = tokens.flatMap((t) => (t.id ? [t.id] : []));
  const names = [...new Set(tokens.filter((t) => !t.id).map((t) => t.name.toLowerCase()))];
  const people = await tx.user.findMany({
    where: {
      status: "ACTIVE",
      memberships: { some: { groupId } },
      OR: [{ id: { in: ids } }, ...names.map((name) => ({ name: { equals: name, mode: "insensitive" as const } }))],
    },
    select: { id: true, name: true },
  });
  const byName = (name: string) => people.filter((p) => p.name.toLowerCase() === name.toLowerCase());
  const kept = new Set<string>();
  const completed = replaceMentions(text, (token) => {
    if (token.id) {
      if (people.some((p) => p.id === token.id)) kept.add(token.id);
      return text.slice(token.start, token.end);
    }
    const [person, ...others] = byName(token.name);
    if (!person || others.length) return text.slice(token.start, token.end);
    kept.add(person.id);
    return mentionToken(person);
  });
  return { text: completed, ids: [...kept] };
}

const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()<>#+!|~-]/g, (c) => `\\${c}`);

/**
 * The Markdown to render for a text: a kept mention becomes a link to the person's directory page with their
 * current name; any other token stays the text that was written.
 */
export function mentionsAsMarkdown(text: string, mentioned: ReadonlyArray<{ id: string; name: string }>): string {
  return replaceMentions(text, (token) => {
    const person = token.id ? mentioned.find((p) => p.id === token.id) : undefined;
    return person ? `[@${escapeMarkdown(person.name)}](/directory/${person.id})` : `@${escapeMarkdown(token.name)}`;
  });
}
