// Discussion in a group space: posts (Markdown, sanitised on display) with comments, mentions of
// fellow members typed inline (mention-token.ts) and attachments from the library. Chairs pin and lock; authors edit and delete their
// own; a deleted post keeps a trace for chairs and the audit trail. A draft (published_at NULL) is its author's
// alone (canReadPost): it is listed, searched and told of to nobody else, takes no comments and writes no audit
// entry until its author publishes it; then it is told of and audited once, like a post written then.
import { z } from "zod";
import { LOCAL_NAMES, type LocalizedNames } from "~/names";
import { db, Prisma } from "~/db.server";
import { countOf, readTogether, type TogetherRead } from "~/read-together.server";
import { localNamesJsonPairs } from "~/names.server";
import {
  canComment,
  canEditPost,
  canManageGroup,
  canParticipateInGroup,
  canReadGroupSpace,
  canReadPost,
  canReadResource,
  canSeeDeletedPosts,
  type PostScope,
} from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { conflict, ensure, notFound } from "~/outcomes";
import { renderMarkdown } from "~/markdown.server";
import { auditBy } from "~/audit.server";
import { pageField, versionField } from "../../fields";
import { groupSpaceId, type GroupAddress } from "./spaces.server";
import { publishedOrOwn } from "./visibility.server";
import { mentionsAsMarkdown, resolveMentions } from "./mentions.server";
import { notify } from "../notifications/notify.server";

export const POSTS_PAGE_SIZE = 20;
const person = {
  select: {
    id: true,
    name: true,
    organization: { select: { ...LOCAL_NAMES, acronym: true } },
  },
} as const;

const idList = z.array(z.uuid("errors.invalidField")).max(50, "errors.tooLong").default([]);

export const PostInput = z.object({
  title: z.string().trim().min(1, "errors.requiredField").max(200, "errors.tooLong"),
  body: z.string().trim().min(1, "errors.requiredField").max(20000, "errors.tooLong"),
  mentions: idList,
  attachments: idList,
});
export type PostInput = z.infer<typeof PostInput>;
/** A draft needs a title only: its text may be written later, and is required when it is published. */
export const DraftInput = PostInput.extend({ body: z.string().trim().max(20000, "errors.tooLong") });
/** Publish, or keep (or save) as a draft: the button pressed on a post's form. */
export const PostIntent = z.object({ intent: z.enum(["publish", "draft"]).default("publish") });
export const POST_ARRAY_FIELDS = ["mentions", "attachments"] as const;

export const CommentInput = z.object({
  body: z.string().trim().min(1, "errors.requiredField").max(5000, "errors.tooLong"),
  mentions: idList,
});

const scopeOf = (post: {
  groupId: string;
  authorId: string;
  locked: boolean;
  deletedAt: Date | null;
  publishedAt: Date | null;
}): PostScope => ({
  groupId: post.groupId,
  authorId: post.authorId,
  locked: post.locked,
  deleted: post.deletedAt !== null,
  draft: post.publishedAt === null,
});

export async function listPosts(actor: ActingUser, group: GroupAddress, page = 1) {
  return listPostsOf(actor, await groupSpaceId(actor, group), page);
}

/** A post as a group's list shows it. */
export type ListedPost = {
  id: string;
  title: string;
  pinned: boolean;
  locked: boolean;
  createdAt: Date;
  publishedAt: Date | null;
  lastActivityAt: Date;
  deletedAt: Date | null;
  author: { id: string; name: string; organization: Required<LocalizedNames> & { acronym: string | null } };
  deletedBy: { name: string } | null;
  _count: { comments: number };
};

type ListedPostRow = Omit<ListedPost, "createdAt" | "publishedAt" | "lastActivityAt" | "deletedAt"> & {
  createdAt: string;
  publishedAt: string | null;
  lastActivityAt: string;
  deletedAt: string | null;
};

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/**
 * A page of a group's posts and their number, as reads of readTogether (the overview reads them with the group's
 * files, in one statement): pinned first, then by last activity; a deleted post's trace only for those who may see
 * it (canSeeDeletedPosts), a draft only for its author (publishedOrOwn). The reader's access to the space is checked
 * here.
 */
export function groupPostsReads(actor: ActingUser, groupId: string, page = 1) {
  ensure(canReadGroupSpace(actor, groupId));
  const where = sql`p.group_id = ${groupId}::uuid${canSeeDeletedPosts(actor, groupId) ? Prisma.empty : sql` AND p.deleted_at IS NULL`}
    AND ${publishedOrOwn(actor)}`;
  return {
    posts: {
      statement: sql`SELECT p.id::text AS id, p.title, p.pinned, p.locked, p.created_at AS "createdAt", p.published_at AS "publishedAt",
          p.last_activity_at AS "lastActivityAt", p.deleted_at AS "deletedAt",
          json_build_object('id', a.id, 'name', a.name,
            'organization', json_build_object(${localNamesJsonPairs("o")}, 'acronym', o.acronym)) AS author,
          CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('name', d.name) END AS "deletedBy",
          json_build_object('comments', (SELECT count(*)::int FROM comment c WHERE c.post_id = p.id AND c.deleted_at IS NULL)) AS "_count"
        FROM post p JOIN "user" a ON a.id = p.author_id JOIN organization o ON o.id = a.organization_id
        LEFT JOIN "user" d ON d.id = p.deleted_by_id
        WHERE ${where}
        ORDER BY p.pinned DESC, p.last_activity_at DESC, p.id ASC
        LIMIT ${POSTS_PAGE_SIZE} OFFSET ${(page - 1) * POSTS_PAGE_SIZE}`,
      order: sql`k.pinned DESC, k."lastActivityAt" DESC, k.id ASC`,
    },
    postCount: { statement: sql`SELECT count(*)::int AS n FROM post p WHERE ${where}`, order: sql`1` },
  } satisfies Record<string, TogetherRead>;
}

/** The page of posts and their number from what groupPostsReads read. */
export function groupPostsOf(read: { posts: unknown[]; postCount: unknown[] }, page = 1) {
  const posts = (read.posts as ListedPostRow[]).map((row): ListedPost => ({
    ...row,
    createdAt: new Date(row.createdAt),
    publishedAt: dateOrNull(row.publishedAt),
    lastActivityAt: new Date(row.lastActivityAt),
    deletedAt: dateOrNull(row.deletedAt),
  }));
  return { total: countOf(read.postCount), page, pageSize: POSTS_PAGE_SIZE, posts };
}

/** The posts of a group whose space the caller has already found (by its id); the reader's access is checked here. */
export async function listPostsOf(actor: ActingUser, groupId: string, page = 1) {
  return groupPostsOf(await readTogether(groupPostsReads(actor, groupId, page)), page);
}

/**
 * The resources a post in this group may attach (the group's and platform-wide). Whom to mention is asked as one
 * types (mentions.server.ts), not sent with the form.
 */
export async function postFormChoices(actor: ActingUser, group: GroupAddress) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canParticipateInGroup(actor, groupId), "403");
  const resources = await db.resource.findMany({
    where: { OR: [{ groupId }, { groupId: null }] },
    orderBy: { publishedOn: "desc" },
    take: 200,
    select: { id: true, title: true, groupId: true },
  });
  return { resources };
}

/** The mentions of a text (inline, mention-token.ts) with those sent as ids, once each. */
const mentionIds = (written: string[], sent: string[]) => [...new Set([...written, ...sent])];

/** Keeps only mentions of the group's active members and attachments the group may see. */
async function validReferences(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  groupId: string,
  mentions: string[],
  attachments: string[],
) {
  // Sequential: a transaction's queries share one connection.
  const people = mentions.length
    ? await tx.user.findMany({
        where: { id: { in: mentions }, status: "ACTIVE", memberships: { some: { groupId } } },
        select: { id: true },
      })
    : [];
  const files = attachments.length
    ? await tx.resource.findMany({
        where: { id: { in: attachments }, OR: [{ groupId }, { groupId: null }] },
        select: { id: true, groupId: true },
      })
    : [];
  return { mentions: people.map((p) => p.id), attachments: files.filter((f) => canReadResource(actor, f)).map((f) => f.id) };
}

/**
 * Notifications of a new post or comment, in its transaction: the people mentioned; for a comment, the post's
 * author and those who commented before; for a post, the other members (group activity, a digest by default).
 * Each is told once, of the most personal reason; the group space's reading rule decides who may be told.
 */
async function notifyDiscussion(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  what: { groupId: string; postId: string; title: string; commentId?: string; mentioned: string[] },
) {
  const group = await tx.workingGroup.findUniqueOrThrow({ where: { id: what.groupId }, select: { slug: true } });
  const base = {
    actorId: actor.id,
    title: what.title,
    // A comment's line opens the post at that comment.
    href: `/groups/${group.slug}/posts/${what.postId}${what.commentId ? `#comment-${what.commentId}` : ""}`,
    groupId: what.groupId,
    subject: what.commentId ? { type: "Comment", id: what.commentId } : { type: "Post", id: what.postId },
    mayRead: (recipient: Parameters<typeof canReadGroupSpace>[0]) => canReadGroupSpace(recipient, what.groupId),
  };
  const told = new Set(await notify(tx, { ...base, kind: "MENTION", recipients: what.mentioned }));
  for (const id of what.mentioned) told.add(id);
  if (what.commentId) {
    const post = await tx.post.findUniqueOrThrow({ where: { id: what.postId }, select: { authorId: true } });
    const commenters = await tx.comment.findMany({
      where: { postId: what.postId, deletedAt: null, id: { not: what.commentId } },
      distinct: ["authorId"],
      select: { authorId: true },
    });
    const thread = [post.authorId, ...commenters.map((c) => c.authorId)].filter((id) => !told.has(id));
    await notify(tx, { ...base, kind: "COMMENT", recipients: thread });
  } else {
    const members = await tx.membership.findMany({ where: { groupId: what.groupId }, select: { userId: true } });
    await notify(tx, { ...base, kind: "GROUP_ACTIVITY", recipients: members.map((m) => m.userId).filter((id) => !told.has(id)) });
  }
}

/** A new post, published at once or kept as its author's draft (`draft`: nobody is told, nothing is audited). */
export async function createPost(actor: ActingUser, group: GroupAddress, input: PostInput, options: { draft?: boolean } = {}) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canParticipateInGroup(actor, groupId), "403");
  const draft = options.draft === true;
  return db.$transaction(async (tx) => {
    const written = await resolveMentions(tx, groupId, input.body);
    const refs = await validReferences(tx, actor, groupId, mentionIds(written.ids, input.mentions), input.attachments);
    const post = await tx.post.create({
      data: {
        groupId,
        authorId: actor.id,
        title: input.title,
        body: written.text,
        publishedAt: draft ? null : new Date(),
        mentions: { create: refs.mentions.map((userId) => ({ userId })) },
        attachments: { create: refs.attachments.map((resourceId) => ({ resourceId })) },
      },
    });
    if (draft) return post.id;
    await auditBy(actor, tx, {
      action: "post.created",
      subjectType: "Post",
      subjectId: post.id,
      after: { groupId, title: post.title, body: post.body, ...refs },
    });
    await notifyDiscussion(tx, actor, { groupId, postId: post.id, title: post.title, mentioned: refs.mentions });
    return post.id;
  });
}

/** A post of the group that the reader may read: someone else's draft answers 404, as if it did not exist. */
async function findPost(actor: ActingUser, groupId: string, postId: string) {
  const post = await db.post.findFirst({ where: { id: postId, groupId } });
  if (!post || !canReadPost(actor, { groupId, authorId: post.authorId, draft: post.publishedAt === null })) notFound();
  return post;
}

export async function getPost(actor: ActingUser, group: GroupAddress, postId: string) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canReadGroupSpace(actor, groupId));
  const post = await db.post.findFirst({
    where: { id: postId, groupId },
    include: {
      author: person,
      deletedBy: { select: { name: true } },
      mentions: { where: { commentId: null }, select: { user: { select: { id: true, name: true } } } },
      attachments: { select: { resource: { select: { id: true, title: true, kind: true, fileName: true, groupId: true } } } },
      comments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          createdAt: true,
          deletedAt: true,
          author: person,
          mentions: { select: { user: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!post || (post.deletedAt && !canSeeDeletedPosts(actor, groupId))) notFound();
  const scope = scopeOf(post);
  if (!canReadPost(actor, scope)) notFound();
  const mentions = post.mentions.map((m) => m.user);
  return {
    id: post.id,
    title: post.title,
    html: renderMarkdown(mentionsAsMarkdown(post.body, mentions)),
    body: post.body,
    version: post.version,
    pinned: post.pinned,
    locked: post.locked,
    createdAt: post.createdAt,
    publishedAt: post.publishedAt,
    draft: scope.draft,
    updatedAt: post.updatedAt,
    deletedAt: post.deletedAt,
    deletedBy: post.deletedBy,
    author: post.author,
    mentions,
    attachments: post.attachments.map((a) => a.resource),
    comments: post.comments
      .filter((c) => !c.deletedAt)
      .map((c) => ({
        id: c.id,
        html: renderMarkdown(
          mentionsAsMarkdown(
            c.body,
            c.mentions.map((m) => m.user),
          ),
        ),
        createdAt: c.createdAt,
        author: c.author,
        mentions: c.mentions.map((m) => m.user),
        mine: c.author.id === actor.id,
      })),
    can: {
      edit: canEditPost(actor, scope),
      comment: canComment(actor, scope),
      publish: scope.draft && canEditPost(actor, scope),
      moderate: canManageGroup(actor, groupId) && !post.deletedAt && !scope.draft,
    },
  };
}

export const PostUpdate = PostInput.extend({ version: versionField });
export const DraftUpdate = DraftInput.extend({ version: versionField });

/** `published`: the save published a draft. */
export type PostSaveResult =
  { ok: true; published: boolean } | { ok: false; error: "stale"; current: { title: string; body: string; version: number } };

/**
 * Saves an edit. A draft stays a draft (`keepDraft`) or is published with this text (`publish`); a published post
 * cannot go back to being a draft (409).
 */
export async function updatePost(
  actor: ActingUser,
  group: GroupAddress,
  postId: string,
  input: z.infer<typeof DraftUpdate>,
  options: { keepDraft?: boolean } = {},
): Promise<PostSaveResult> {
  const groupId = await groupSpaceId(actor, group);
  const post = await findPost(actor, groupId, postId);
  const scope = scopeOf(post);
  ensure(canEditPost(actor, scope), "403");
  if (options.keepDraft && !scope.draft) conflict("A published post cannot become a draft again");
  const publishing = scope.draft && !options.keepDraft;
  return db.$transaction(async (tx) => {
    const written = await resolveMentions(tx, groupId, input.body);
    const now = new Date();
    const { count } = await tx.post.updateMany({
      where: { id: postId, version: input.version, deletedAt: null },
      data: {
        title: input.title,
        body: written.text,
        version: { increment: 1 },
        ...(publishing ? { publishedAt: now, lastActivityAt: now } : {}),
      },
    });
    if (count === 0) {
      const current = await tx.post.findUniqueOrThrow({ where: { id: postId }, select: { title: true, body: true, version: true } });
      return { ok: false, error: "stale", current } as const;
    }
    const refs = await validReferences(tx, actor, groupId, mentionIds(written.ids, input.mentions), input.attachments);
    const before = await tx.mention.findMany({ where: { postId, commentId: null }, select: { userId: true } });
    await tx.mention.deleteMany({ where: { postId, commentId: null } });
    await tx.mention.createMany({ data: refs.mentions.map((userId) => ({ postId, userId })) });
    await tx.postAttachment.deleteMany({ where: { postId } });
    await tx.postAttachment.createMany({ data: refs.attachments.map((resourceId) => ({ postId, resourceId })) });
    if (scope.draft) {
      if (publishing) await announcePublished(tx, actor, { groupId, postId, title: input.title, body: written.text, ...refs });
      return { ok: true, published: publishing } as const;
    }
    await auditBy(actor, tx, {
      action: "post.updated",
      subjectType: "Post",
      subjectId: postId,
      before: { title: post.title, body: post.body },
      after: { title: input.title, body: written.text, ...refs },
    });
    // Only people newly mentioned are told (an edit does not tell everyone again).
    const already = new Set(before.map((m) => m.userId));
    const mentionedNow = refs.mentions.filter((id) => !already.has(id));
    if (mentionedNow.length)
      await notify(tx, {
        kind: "MENTION",
        recipients: mentionedNow,
        actorId: actor.id,
        subject: { type: "Post", id: postId },
        title: input.title,
        href: `/groups/${(await tx.workingGroup.findUniqueOrThrow({ where: { id: groupId }, select: { slug: true } })).slug}/posts/${postId}`,
        groupId,
        mayRead: (recipient) => canReadGroupSpace(recipient, groupId),
      });
    return { ok: true, published: false } as const;
  });
}

/** A draft just published: audited and told of as a post written now (mentions, group activity), once. */
async function announcePublished(
  tx: Prisma.TransactionClient,
  actor: ActingUser,
  post: { groupId: string; postId: string; title: string; body: string; mentions: string[]; attachments: string[] },
) {
  await auditBy(actor, tx, {
    action: "post.created",
    subjectType: "Post",
    subjectId: post.postId,
    after: { groupId: post.groupId, title: post.title, body: post.body, mentions: post.mentions, attachments: post.attachments },
  });
  await notifyDiscussion(tx, actor, { groupId: post.groupId, postId: post.postId, title: post.title, mentioned: post.mentions });
}

/**
 * Publishes the author's draft as it is (its page's "Publish"). The row is claimed by its still-empty published_at,
 * so two presses publish, and tell, once; a draft without text is refused (its form asks for the text).
 */
export async function publishPost(
  actor: ActingUser,
  group: GroupAddress,
  postId: string,
): Promise<{ ok: true } | { ok: false; error: "emptyBody" }> {
  const groupId = await groupSpaceId(actor, group);
  const post = await findPost(actor, groupId, postId);
  const scope = scopeOf(post);
  ensure(canEditPost(actor, scope), "403");
  if (!scope.draft) return { ok: true };
  if (!post.body.trim()) return { ok: false, error: "emptyBody" };
  return db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.post.updateMany({
      where: { id: postId, publishedAt: null, deletedAt: null },
      data: { publishedAt: now, lastActivityAt: now, version: { increment: 1 } },
    });
    if (count === 0) return { ok: true } as const;
    const [mentions, attachments] = await Promise.all([
      tx.mention.findMany({ where: { postId, commentId: null }, select: { userId: true } }),
      tx.postAttachment.findMany({ where: { postId }, select: { resourceId: true } }),
    ]);
    await announcePublished(tx, actor, {
      groupId,
      postId,
      title: post.title,
      body: post.body,
      mentions: mentions.map((m) => m.userId),
      attachments: attachments.map((a) => a.resourceId),
    });
    return { ok: true } as const;
  });
}

/** The row stays (a trace for chairs and the audit trail); its text is kept only in the audit trail. */
export async function deletePost(actor: ActingUser, group: GroupAddress, postId: string) {
  const groupId = await groupSpaceId(actor, group);
  const post = await findPost(actor, groupId, postId);
  const scope = scopeOf(post);
  ensure(canEditPost(actor, scope), "403");
  // A draft nobody else saw leaves no trace: it goes, with its mentions and attachments (none were told of).
  if (scope.draft) {
    await db.post.deleteMany({ where: { id: postId, publishedAt: null } });
    return { draft: true };
  }
  await db.$transaction(async (tx) => {
    await tx.post.update({
      where: { id: postId },
      data: { deletedAt: new Date(), deletedById: actor.id, body: "", pinned: false, version: { increment: 1 } },
    });
    await tx.postAttachment.deleteMany({ where: { postId } });
    await auditBy(actor, tx, {
      action: "post.deleted",
      subjectType: "Post",
      subjectId: postId,
      before: { title: post.title, body: post.body },
    });
  });
  return { draft: false };
}

export async function moderatePost(actor: ActingUser, group: GroupAddress, postId: string, change: { pinned?: boolean; locked?: boolean }) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canManageGroup(actor, groupId), "403");
  const post = await findPost(actor, groupId, postId);
  if (post.deletedAt) notFound();
  await db.$transaction(async (tx) => {
    await tx.post.update({ where: { id: postId }, data: change });
    const action =
      change.pinned !== undefined ? (change.pinned ? "post.pinned" : "post.unpinned") : change.locked ? "post.locked" : "post.unlocked";
    await auditBy(actor, tx, {
      action,
      subjectType: "Post",
      subjectId: postId,
      before: { pinned: post.pinned, locked: post.locked },
      after: change,
    });
  });
}

export async function addComment(actor: ActingUser, group: GroupAddress, postId: string, input: z.infer<typeof CommentInput>) {
  const groupId = await groupSpaceId(actor, group);
  const post = await findPost(actor, groupId, postId);
  ensure(canComment(actor, scopeOf(post)), "403");
  return db.$transaction(async (tx) => {
    const written = await resolveMentions(tx, groupId, input.body);
    const refs = await validReferences(tx, actor, groupId, mentionIds(written.ids, input.mentions), []);
    const comment = await tx.comment.create({
      data: { postId, authorId: actor.id, body: written.text, mentions: { create: refs.mentions.map((userId) => ({ userId, postId })) } },
    });
    await tx.post.update({ where: { id: postId }, data: { lastActivityAt: new Date() } });
    await auditBy(actor, tx, {
      action: "comment.created",
      subjectType: "Comment",
      subjectId: comment.id,
      after: { postId, body: written.text, mentions: refs.mentions },
    });
    await notifyDiscussion(tx, actor, { groupId, postId, title: post.title, commentId: comment.id, mentioned: refs.mentions });
    return comment.id;
  });
}

export async function deleteComment(actor: ActingUser, group: GroupAddress, postId: string, commentId: string) {
  const groupId = await groupSpaceId(actor, group);
  ensure(canReadGroupSpace(actor, groupId));
  const comment = await db.comment.findFirst({ where: { id: commentId, postId, deletedAt: null, post: { groupId } } });
  if (!comment) notFound();
  ensure(comment.authorId === actor.id && canParticipateInGroup(actor, groupId), "403");
  await db.$transaction(async (tx) => {
    await tx.comment.update({ where: { id: commentId }, data: { deletedAt: new Date(), body: "" } });
    await auditBy(actor, tx, { action: "comment.deleted", subjectType: "Comment", subjectId: commentId, before: { body: comment.body } });
  });
}

const sql = Prisma.sql;

type MentionRow = {
  createdAt: Date;
  commentId: string | null;
  post: { id: string; title: string; groupId: string; group: LocalizedNames & { slug: string; number: number } };
};

/**
 * The newest mentions of the reader in published posts, as a read of readTogether (the home page reads it with the
 * rest of the page): twice `limit`, since some may be in spaces the reader no longer reads (mentionsFrom).
 */
export function mentionsRead(actor: ActingUser, limit = 5): TogetherRead {
  return {
    statement: sql`
      SELECT m.created_at AS "createdAt", m.comment_id::text AS "commentId",
        json_build_object('id', p.id, 'title', p.title, 'groupId', p.group_id,
          'group', json_build_object('slug', g.slug, 'number', g.number, ${localNamesJsonPairs("g")})) AS post
      FROM mention m JOIN post p ON p.id = m.post_id JOIN working_group g ON g.id = p.group_id
      WHERE m.user_id = ${actor.id}::uuid AND p.deleted_at IS NULL AND p.published_at IS NOT NULL
      ORDER BY m.created_at DESC
      LIMIT ${limit * 2}`,
    order: sql`k."createdAt" DESC`,
  };
}

/** The mentions of mentionsRead's rows in spaces the reader reads, at most `limit`. */
export function mentionsFrom(actor: ActingUser, rows: unknown[], limit = 5) {
  return (rows as MentionRow[])
    .filter((m) => canReadGroupSpace(actor, m.post.groupId))
    .slice(0, limit)
    .map((m) => ({ ...m, createdAt: new Date(m.createdAt) }));
}

/** The reader's newest mentions in published posts of spaces they read. */
export async function recentMentions(actor: ActingUser, limit = 5) {
  const { mentions } = await readTogether({ mentions: mentionsRead(actor, limit) });
  return mentionsFrom(actor, mentions, limit);
}

export const PostsQuery = z.object({ page: pageField });

/** A post's page. */
export async function postPage(actor: ActingUser, group: GroupAddress, postId: string) {
  return { post: await getPost(actor, group, postId) };
}

/** A post for its edit form: 403 for a reader who may not edit it. */
export async function postForEditing(actor: ActingUser, group: GroupAddress, postId: string) {
  const post = await getPost(actor, group, postId);
  ensure(post.can.edit, "403");
  return {
    choices: await postFormChoices(actor, group),
    draft: post.draft,
    values: {
      title: post.title,
      body: post.body,
      version: post.version,
      attachments: post.attachments.map((a) => a.id),
    },
  };
}

export type PostChange =
  | { intent: "comment"; comment: z.infer<typeof CommentInput> }
  | { intent: "deleteComment"; commentId: string }
  | { intent: "delete" }
  | { intent: "publish" }
  | { intent: "pin" | "unpin" | "lock" | "unlock" };

/** What is done on a post's page: comment, delete a comment, delete the post, pin or lock it. */
export async function changePost(
  actor: ActingUser,
  group: GroupAddress,
  postId: string,
  change: PostChange,
): Promise<{ messageKey: string | null }> {
  switch (change.intent) {
    case "comment":
      await addComment(actor, group, postId, change.comment);
      return { messageKey: "groups.commentAdded" };
    case "deleteComment":
      await deleteComment(actor, group, postId, change.commentId);
      return { messageKey: "groups.commentDeleted" };
    case "delete":
      return { messageKey: (await deletePost(actor, group, postId)).draft ? "groups.draftDeleted" : "groups.postDeleted" };
    case "publish": {
      const published = await publishPost(actor, group, postId);
      return { messageKey: published.ok ? "groups.postPublished" : "groups.draftNeedsBody" };
    }
    case "pin":
    case "unpin":
      await moderatePost(actor, group, postId, { pinned: change.intent === "pin" });
      return { messageKey: null };
    case "lock":
    case "unlock":
      await moderatePost(actor, group, postId, { locked: change.intent === "lock" });
      return { messageKey: null };
  }
}
