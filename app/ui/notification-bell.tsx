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
      <span aria-hidden="true">🔔</span>
      {unread > 0 ? (
        <span className="notification-bell__count" aria-hidden="true" data-testid="notification-count">
          {format.number(unread)}
        </span>
      ) : null}
    </NavLink>
  );
}
