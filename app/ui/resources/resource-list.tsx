import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { useFormat } from "../format";
import { organizationName } from "../../names";
import { languageName } from "./labels";

type ResourceSummary = {
  id: string;
  kind: "FILE" | "LINK";
  title: string;
  summary: string | null;
  pillars: number[];
  language: string;
  publishedOn: Date;
  sizeBytes: number | null;
  publisher: { name: string; nameZh: string | null; acronym: string | null };
  group: { number: number } | null;
  tags: string[];
};

export function ResourceList({ resources, compact = false }: { resources: ResourceSummary[]; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <ul className={compact ? "post-list" : "card-list"}>
      {resources.map((r) => (
        <li key={r.id} className={compact ? undefined : "card"}>
          <Link to={`/resources/${r.id}`}>
            <strong>{r.title}</strong>
          </Link>{" "}
          <span className="badge">{t(`resources.types.${r.kind}`)}</span>
          {r.group ? <span className="badge">{t("resources.inGroup", { number: r.group.number })}</span> : null}
          <div className="post-meta">
            {t("resources.publishedBy", { organization: organizationName(r.publisher, i18n.language), date: format.date(r.publishedOn) })} ·{" "}
            {languageName(r.language, i18n.language, t)}
            {r.sizeBytes ? ` · ${format.fileSize(r.sizeBytes)}` : ""}
          </div>
          {!compact && r.summary ? <p className="small">{r.summary.length > 280 ? `${r.summary.slice(0, 280)}…` : r.summary}</p> : null}
          {!compact && (r.pillars.length || r.tags.length) ? (
            <p className="small muted">
              {r.pillars.map((p) => t("groups.pillar", { number: p })).join(" · ")}
              {r.pillars.length && r.tags.length ? " · " : ""}
              {r.tags.join(", ")}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
