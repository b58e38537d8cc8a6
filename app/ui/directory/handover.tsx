// The handover page: choose a successor (a GET form, so the preview is a plain page with or without JavaScript),
// see every item that will move, and confirm.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { Form, FormErrorSummary, SelectField } from "~/ui/form";
import { useFormat } from "~/ui/format";
import { groupName, type LocalizedNames } from "~/names";

type Seat = {
  groupId: string;
  role: "CHAIR" | "VICE_CHAIR" | "MEMBER";
  resultingRole: "CHAIR" | "VICE_CHAIR" | "MEMBER";
  successorRole: "CHAIR" | "VICE_CHAIR" | "MEMBER" | null;
  group: LocalizedNames & { id: string; number: number; slug: string };
};
type Items = {
  memberships: Seat[];
  activities: Array<{ id: string; title: string; startDate: string | Date }>;
  projects: Array<{ id: string; code: string; title: string }>;
  responses: Array<{ id: string; stage: string; recommendation: { id: string; number: number; text: string } }>;
  events: Array<{ id: string; title: string; startsAt: string | Date }>;
  planItems: Array<{ id: string; title: string; group: { slug: string; number: number } }>;
};

type HandoverPageProps = {
  title: string;
  leaver: { id: string; name: string; version: number; isLead: boolean };
  self: boolean;
  successors: Array<{ id: string; name: string; title: string | null }>;
  successor: { id: string; name: string } | null;
  items: Items;
  errors?: Record<string, string>;
};

export function HandoverPage({ title, leaver, self, successors, successor, items, errors }: HandoverPageProps) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{title}</h1>
      <p>{t(self ? "nominations.handoverIntroSelf" : "nominations.handoverIntro", { name: leaver.name })}</p>
      <FormErrorSummary errors={errors} />
      {successors.length === 0 ? (
        <p className="muted">{t("nominations.noSuccessors")}</p>
      ) : (
        <Form method="get" className="form">
          <SelectField
            name="to"
            label={t("nominations.successor")}
            hint={t("nominations.successorHint")}
            options={successors.map((s) => ({ value: s.id, label: s.title ? `${s.name} (${s.title})` : s.name }))}
            emptyOption=""
            defaultValue={successor?.id}
          />
          <div className="button-row">
            <button type="submit" className="button button--quiet">
              {t("nominations.preview")}
            </button>
          </div>
        </Form>
      )}
      {successor ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("nominations.previewHeading", { name: successor.name })}</h2>
          <HandoverItems items={items} isLead={leaver.isLead} />
          <p>{t("nominations.suspendNotice", { name: leaver.name })}</p>
          <Form method="post">
            <input type="hidden" name="successorId" value={successor.id} />
            <input type="hidden" name="version" value={leaver.version} />
            <div className="button-row">
              <button type="submit" className="button button--danger">
                {t("nominations.confirmHandover", { name: leaver.name, successor: successor.name })}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}

function HandoverItems({ items, isLead }: { items: Items; isLead: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lists: Array<[string, string, React.ReactNode[]]> = [
    [
      "groups",
      t("nominations.itemsGroups"),
      items.memberships.map((m) => (
        <li key={m.groupId}>
          <Link to={`/groups/${m.group.slug}`}>
            {m.group.number}. {groupName(m.group, i18n.language)}
          </Link>{" "}
          — {t(`enums.groupRole.${m.role}`)}
          {m.resultingRole !== m.role ? ` (${t("nominations.keepsRole", { role: t(`enums.groupRole.${m.resultingRole}`) })})` : ""}
        </li>
      )),
    ],
    [
      "activities",
      t("nominations.itemsActivities"),
      items.activities.map((a) => (
        <li key={a.id}>
          <Link to={`/activities/${a.id}`}>{a.title}</Link> <span className="muted">{format.date(a.startDate)}</span>
        </li>
      )),
    ],
    [
      "projects",
      t("nominations.itemsProjects"),
      items.projects.map((p) => (
        <li key={p.id}>
          <Link to={`/projects/${p.id}`}>
            {p.code} {p.title}
          </Link>
        </li>
      )),
    ],
    [
      "responses",
      t("nominations.itemsResponses"),
      items.responses.map((r) => (
        <li key={r.id}>
          <Link to={`/recommendations/${r.recommendation.id}`}>
            {t("nominations.recommendationNumber", { number: r.recommendation.number })}
          </Link>{" "}
          {r.recommendation.text.length > 120 ? `${r.recommendation.text.slice(0, 120)}…` : r.recommendation.text}
        </li>
      )),
    ],
    [
      "events",
      t("nominations.itemsEvents"),
      items.events.map((e) => (
        <li key={e.id}>
          <Link to={`/calendar/events/${e.id}`}>{e.title}</Link> <span className="muted">{format.date(e.startsAt)}</span>
        </li>
      )),
    ],
    [
      "plan",
      t("nominations.itemsPlan"),
      items.planItems.map((p) => (
        <li key={p.id}>
          <Link to={`/groups/${p.group.slug}/plan/${p.id}`}>{p.title}</Link>
        </li>
      )),
    ],
  ];
  return (
    <>
      {isLead ? <p>{t("nominations.itemsLead")}</p> : null}
      {lists.map(([key, heading, entries]) => (
        <section key={key} aria-labelledby={`items-${key}`}>
          <h3 id={`items-${key}`}>
            {heading} ({entries.length})
          </h3>
          {entries.length ? <ul>{entries}</ul> : <p className="muted">{t("nominations.itemsNone")}</p>}
        </section>
      ))}
    </>
  );
}
