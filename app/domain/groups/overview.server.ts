// A group's overview page: its latest posts, files and upcoming events, and its files page. The group's
// space is entered once (404 for a reader who may not), then each area gives its part.
import type { ActingUser } from "~/auth/guards.server";
import { canParticipateInGroup, canPublishResource, canReadGroupSpace } from "~/auth/policy";
import { upcomingEventsForGroup } from "../calendar/views.server";
import { readTogether } from "~/read-together.server";
import { latestGroupResourcesOf, latestGroupResourcesRead, searchResources, type ResourceFilters } from "../resources/library.server";
import { groupPostsOf, groupPostsReads } from "./posts.server";
import { groupSpaceId, type GroupAddress } from "./spaces.server";

/**
 * The overview of a group's space (the group as its layout read it), or null for a reader outside it (the layout
 * shows how to join).
 */
export async function groupOverview(actor: ActingUser, group: { id: string; slug: string }, page: number) {
  if (!canReadGroupSpace(actor, group.id)) return null;
  // The posts, their number and the latest files in one statement; the events (read for the reader's time zone) apart.
  const [read, events] = await Promise.all([
    readTogether({ ...groupPostsReads(actor, group.id, page), files: latestGroupResourcesRead(actor, group.id) }),
    upcomingEventsForGroup(actor, group.id, 5),
  ]);
  return {
    posts: groupPostsOf(read, page),
    files: latestGroupResourcesOf(read.files),
    events,
    groupId: group.id,
    canPost: canParticipateInGroup(actor, group.id),
    slug: group.slug,
  };
}

/** The group's files (resources of the group), with the library's filters. */
export async function groupFiles(actor: ActingUser, group: GroupAddress, filters: ResourceFilters) {
  const groupId = await groupSpaceId(actor, group);
  const result = await searchResources(actor, { ...filters, group: groupId });
  return { ...result, groupId, canPublish: canPublishResource(actor, groupId) };
}
