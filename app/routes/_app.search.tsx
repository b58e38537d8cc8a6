// One search for everything: results grouped by kind, each read through its own list's rules.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import { parseSearchParams } from "~/forms.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { titleFor } from "~/i18n/meta";
import { SearchQuery, searchEverything } from "~/domain/search/search.server";
import { SEARCH_PAGE_SIZE } from "~/domain/search/values";
import { SearchForm, SearchGroupSection } from "~/ui/search/results";
import { Pagination } from "~/ui/pagination";

export const meta: MetaFunction = ({ matches }) => titleFor(matches, "search.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const query = parseSearchParams(args.request.url, SearchQuery);
  return searchEverything(user, query, await requestLanguage(args.request, user.locale));
}

export default function Search() {
  const { t } = useTranslation();
  const { q, kind, page, groups } = useLoaderData<typeof loader>();
  const found = groups.filter((g) => g.total > 0);
  return (
    <>
      <h1>{q ? t("search.resultsFor", { q }) : t("search.title")}</h1>
      <p className="muted">{t("search.intro")}</p>
      <SearchForm q={q} kind={kind} />
      {!q ? <p>{t("search.empty")}</p> : found.length === 0 ? <p role="status">{t("search.nothingFound", { q })}</p> : null}
      {kind ? (
        <p>
          <Link to={`/search?${new URLSearchParams({ q })}`}>{t("search.everyKind")}</Link>
        </p>
      ) : null}
      {found.map((group) => (
        <SearchGroupSection key={group.kind} group={group} q={q} single={kind !== null} />
      ))}
      {kind && found[0] ? <Pagination total={found[0].total} page={page} pageSize={SEARCH_PAGE_SIZE} /> : null}
    </>
  );
}
