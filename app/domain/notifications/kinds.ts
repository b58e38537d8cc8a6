// The kinds of notification and how a person hears of each unless they chose otherwise. Values the pages use
// (no `.server`): the preferences form lists these kinds and choices.
import { NotificationDelivery, NotificationKind, valuesOf } from "~/enums";

export const NOTIFICATION_KINDS = valuesOf(NotificationKind);
export const DELIVERY_CHOICES = valuesOf(NotificationDelivery);

/** Mentions, what concerns a person directly and recommendation news at once; the flow of a group's work daily. */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  MENTION: "IMMEDIATE",
  COMMENT: "IMMEDIATE",
  GROUP_ACTIVITY: "DAILY",
  JOIN_REQUEST: "IMMEDIATE",
  JOIN_DECISION: "IMMEDIATE",
  EVENT_CHANGE: "IMMEDIATE",
  EVENT_REMINDER: "IMMEDIATE",
  RECOMMENDATION: "IMMEDIATE",
  RECOMMENDATION_RESPONSE: "IMMEDIATE",
  PLAN_CHANGE: "DAILY",
  INVITATION_ACCEPTED: "IMMEDIATE",
  WORK_EDITED: "DAILY",
};

export type { NotificationDelivery, NotificationKind };

/** The key of a notification's sentence (notifications.lines): a join decision says which. */
export function lineKey(kind: NotificationKind, subjectType: string) {
  if (kind === "JOIN_DECISION") return subjectType === "JoinRequestAccepted" ? "JOIN_ACCEPTED" : "JOIN_DECLINED";
  return kind;
}
