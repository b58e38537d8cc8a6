// The search page's parts: its own search box and one section per kind of record.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { allResultsHref, type SearchHit, type SearchKind } from "~/domain/search/values";
import { Field, Form } from "../form";
import { useFormat } from "../format";
import { HighlightedText } from "./highlighted";

export function SearchForm({ q, kind }: { q: string; kind: SearchKind | null }) {
  const { t } = useTranslation();
  return (
    <Form method="get" action="/search" role="search" className="filters" key={`${kind ?? ""}:${q}`}>
      <Field name="q" type="search" label={t("search.boxLabel")} defaultValue={q} maxLength={200} />
      {kind ? <input type="hidden" name="kind" value={kind} /> : null}
      <div className="button-row">
        <button type="submit" className="button">
          {t("search.submit")}
        </button>
      </div>
    </Form>
  );
}

/** `more`: there were more matches than `total`, the cap of what is counted and paged. */
type Group = { kind: SearchKind; total: number; more?: boolean; hits: SearchHit[] };

export function SearchGroupSection({ group, q, single }: { group: Group; q: string; single: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `search-${group.kind}`;
  return (
    <section className="search-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`search.kinds.${group.kind}`)}{" "}
        <span className="muted small">
          ({group.more ? t("search.moreThan", { figure: format.number(group.total) }) : t("common.resultCount", { count: group.total })})
        </span>
      </h2>
      <ul className="search-results">
        {group.hits.map((hit) => (
          <li key={hit.id} className="search-result">
            <Link to={hit.href} className="search-result__title">
              <HighlightedText runs={hit.title} />
            </Link>
            {hit.context || hit.date ? (
              <span className="muted small"> {[hit.context, hit.date ? format.day(hit.date) : null].filter(Boolean).join(" · ")}</span>
            ) : null}
            {hit.excerpt ? (
              <p className="search-result__excerpt">
                <HighlightedText runs={hit.excerpt} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {!single && group.total > group.hits.length ? (
        <p>
          <Link to={allResultsHref(group.kind, q)}>
            {group.more ? t("search.moreResults") : t("search.allResults", { count: group.total })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
