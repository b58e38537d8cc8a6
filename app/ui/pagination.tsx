// "Showing 1–25 of 130" with previous/next links that keep every other filter in the URL.
import { useLocation } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "./format";

export function pageHref(search: string, pathname: string, page: number) {
  const params = new URLSearchParams(search);
  if (page <= 1) params.delete("page");
  else params.set("page", String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export function Pagination({ total, page, pageSize }: { total: number; page: number; pageSize: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t("common.pagination")}>
      <p className="muted small" aria-live="polite">
        {t("common.showingRange", { from: format.number(from), to: format.number(to), total: format.number(total) })}
      </p>
      {pages > 1 ? (
        <div className="pagination__links">
          {page > 1 ? (
            <Link className="button button--quiet button--small" rel="prev" to={pageHref(location.search, location.pathname, page - 1)}>
              {t("common.previousPage")}
            </Link>
          ) : (
            <span className="button button--quiet button--small" aria-disabled="true">
              {t("common.previousPage")}
            </span>
          )}
          <span className="small">{t("common.pageOf", { page: format.number(page), pages: format.number(pages) })}</span>
          {page < pages ? (
            <Link className="button button--quiet button--small" rel="next" to={pageHref(location.search, location.pathname, page + 1)}>
              {t("common.nextPage")}
            </Link>
          ) : (
            <span className="button button--quiet button--small" aria-disabled="true">
              {t("common.nextPage")}
            </span>
          )}
        </div>
      ) : null}
    </nav>
  );
}
