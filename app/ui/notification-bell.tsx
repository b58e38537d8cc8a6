// The bell in the header: a link to /notifications with the number of unread notifications (from the root loader).
import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormat } from "./format";

export function NotificationBell({ unread }: { unread: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <NavLink
      to="/notifications"
      className="notification-bell"
      aria-label={unread > 0 ? t("notifications.bellUnread", { unread: format.number(unread) }) : t("notifications.bell")}
    >
      {/* Drawn, not an emoji: not every system has a font with a bell. */}
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      {unread > 0 ? (
        <span className="notification-bell__count" aria-hidden="true" data-testid="notification-count">
          {format.number(unread)}
        </span>
      ) : null}
    </NavLink>
  );
}
