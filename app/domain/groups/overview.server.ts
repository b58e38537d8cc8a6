// A group's overview page: its latest posts, files and upcoming events, and its files page. The group's
// space is entered once (404 for a reader who may not), then each area gives its part.
import type { ActingUser } from "~/auth/guards.server";
import { canParticipateInGroup, canPublishResource, canReadGroupSpace } from "~/auth/policy";
import { upcomingEventsForGroup } from "../calendar/views.server";
import { latestGroupResources, searchResources, type ResourceFilters } from "../resources/library.server";
import { listPostsOf } from "./posts.server";
import { groupSpaceId, type GroupAddress } from "./spaces.server";

/**
 * The overview of a group's space (the group as its layout read it), or null for a reader outside it (the layout
 * shows how to join).
 */
export async function groupOverview(actor: ActingUser, group: { id: string; slug: string }, page: number) {
  if (!canReadGroupSpace(actor, group.id)) return null;
  const [posts, files, events] = await Promise.all([
    listPostsOf(actor, group.id, page),
    latestGroupResources(actor, group.id),
    upcomingEventsForGroup(actor, group.id, 5),
  ]);
  return { posts, files, events, groupId: group.id, canPost: canParticipateInGroup(actor, group.id), slug: group.slug };
}

/** The group's files (resources of the group), with the library's filters. */
export async function groupFiles(actor: ActingUser, group: GroupAddress, filters: ResourceFilters) {
  const groupId = await groupSpaceId(actor, group);
  const result = await searchResources(actor, { ...filters, group: groupId });
  return { ...result, groupId, canPublish: canPublishResource(actor, groupId) };
}
