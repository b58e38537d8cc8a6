import { groupSummaryOf, requireGroupSpace } from "~/domain/groups/spaces.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser, stringParam } from "~/auth/guards.server";
import { changePlan, listPlan } from "~/domain/groups/plan.server";
import { valuesOf, WorkPlanStatus } from "~/enums";
import { invalid, parseFormData, readFormData } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { Form, FormErrorSummary } from "~/ui/form";
import { organizationName } from "~/names";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  const proposed = z.uuid().safeParse(new URL(args.request.url).searchParams.get("proposed"));
  return { slug, proposed: proposed.success ? proposed.data : null, ...(await listPlan(user, await groupSummaryOf(args, user, slug))) };
}

const PlanAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("endorse"), itemId: z.uuid() }),
  z.object({ intent: z.literal("withdrawEndorsement"), itemId: z.uuid() }),
  z.object({
    intent: z.literal("move"),
    itemId: z.uuid(),
    position: z.coerce.number("errors.invalidField").int("errors.invalidField").min(1, "errors.invalidField").max(10000),
  }),
  z.object({ intent: z.literal("status"), itemId: z.uuid(), status: z.enum(WorkPlanStatus) }),
]);

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  // Outsiders get 404 before anything they sent is read: a validation message would say the group's space exists.
  const group = await requireGroupSpace(user, slug);
  const form = parseFormData(await readFormData(args.request), PlanAction);
  if (!form.ok) return invalid(form);
  const result = await changePlan(user, group, form.data);
  if (!result.ok) return invalid({ errors: { form: result.error } });
  return redirect(`/groups/${slug}/plan#item-${form.data.itemId}`, {
    headers: { "Set-Cookie": await setFlash({ key: result.messageKey }) },
  });
}

function HiddenItem({ intent, itemId }: { intent: string; itemId: string }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="itemId" value={itemId} />
    </>
  );
}

export default function WorkPlan() {
  const { t, i18n } = useTranslation();
  const { slug, items, can, proposed } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const format = useFormat();
  const name = (o: { name: string; nameZh: string | null; acronym: string | null }) => organizationName(o, i18n.language);
  return (
    <section aria-labelledby="plan-heading" className="stack">
      <h2 id="plan-heading">{t("plan.title")}</h2>
      <p className="muted">{t("plan.intro")}</p>
      <div className="button-row">
        {can.propose ? (
          <Link to={`/groups/${slug}/plan/new`} className="button">
            {t("plan.propose")}
          </Link>
        ) : null}
        <a href={`/groups/${slug}/plan.csv`} className="button button--quiet" download>
          {t("plan.exportCsv")}
        </a>
      </div>
      <FormErrorSummary errors={actionData?.errors as Record<string, string> | undefined} />
      {items.length === 0 ? <p>{t("plan.noItems")}</p> : null}
      <ol className="card-list" aria-label={t("plan.title")}>
        {items.map((item, index) => (
          <li key={item.id} id={`item-${item.id}`} className={`card plan-item${item.id === proposed ? " plan-item--new" : ""}`}>
            <div className="plan-item__head">
              <span className="plan-item__rank" aria-label={`${t("plan.rank")} ${item.rank}`}>
                {item.rank}
              </span>
              <h3>{item.title}</h3>
              <span className={`badge badge--${item.status}`}>{t(`plan.status.${item.status}`)}</span>
              {item.id === proposed ? <span className="badge badge--new">{t("plan.justProposed")}</span> : null}
            </div>
            {item.description ? <p>{item.description}</p> : null}
            <dl className="inline-list">
              <div>
                <dt>{t("plan.leadOrganization")}</dt>
                <dd>{name(item.leadOrganization)}</dd>
              </div>
              {item.partners.length ? (
                <div>
                  <dt>{t("plan.partners")}</dt>
                  <dd>{item.partners.map(name).join(", ")}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t("plan.pillar")}</dt>
                <dd>{item.pillar}</dd>
              </div>
              {item.deliverable ? (
                <div>
                  <dt>{t("plan.deliverable")}</dt>
                  <dd>{item.deliverable}</dd>
                </div>
              ) : null}
              {item.dueDate ? (
                <div>
                  <dt>{t("plan.dueDate")}</dt>
                  <dd>{format.date(item.dueDate)}</dd>
                </div>
              ) : null}
            </dl>
            <p className="small">
              {item.endorsements.length
                ? `${t("plan.endorsements", { count: item.endorsements.length })}: ${item.endorsements.map(name).join(", ")}`
                : t("plan.notEndorsed")}
            </p>
            <div className="actions-inline">
              {can.endorse && item.status !== "DROPPED" && item.status !== "DONE" ? (
                <Form method="post">
                  <HiddenItem intent={item.endorsedByMyOrganization ? "withdrawEndorsement" : "endorse"} itemId={item.id} />
                  <button type="submit" className={`button button--small${item.endorsedByMyOrganization ? " button--quiet" : ""}`}>
                    {t(item.endorsedByMyOrganization ? "plan.withdrawEndorsement" : "plan.endorse")}
                  </button>
                </Form>
              ) : null}
              {item.canEdit ? (
                <Link to={`/groups/${slug}/plan/${item.id}`} className="button button--quiet button--small">
                  {t("plan.editItem")}
                </Link>
              ) : null}
              {can.manage ? (
                <>
                  {index > 0 ? (
                    <Form method="post">
                      <HiddenItem intent="move" itemId={item.id} />
                      <input type="hidden" name="position" value={item.rank - 1} />
                      <button
                        type="submit"
                        className="button button--quiet button--small"
                        aria-label={`${t("plan.moveUp")}: ${item.title}`}
                      >
                        ↑ {t("plan.moveUp")}
                      </button>
                    </Form>
                  ) : null}
                  {index < items.length - 1 ? (
                    <Form method="post">
                      <HiddenItem intent="move" itemId={item.id} />
                      <input type="hidden" name="position" value={item.rank + 1} />
                      <button
                        type="submit"
                        className="button button--quiet button--small"
                        aria-label={`${t("plan.moveDown")}: ${item.title}`}
                      >
                        ↓ {t("plan.moveDown")}
                      </button>
                    </Form>
                  ) : null}
                  <Form method="post">
                    <HiddenItem intent="move" itemId={item.id} />
                    <label htmlFor={`position-${item.id}`}>{t("plan.moveTo")}</label>
                    <input id={`position-${item.id}`} type="number" name="position" min={1} max={items.length} defaultValue={item.rank} />
                    <button type="submit" className="button button--quiet button--small">
                      {t("plan.move")}
                    </button>
                  </Form>
                  <Form method="post">
                    <HiddenItem intent="status" itemId={item.id} />
                    <label htmlFor={`status-${item.id}`}>{t("plan.statusLabel")}</label>
                    <select id={`status-${item.id}`} name="status" defaultValue={item.status}>
                      {valuesOf(WorkPlanStatus).map((s) => (
                        <option key={s} value={s}>
                          {t(`plan.status.${s}`)}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="button button--quiet button--small">
                      {t("plan.setStatus")}
                    </button>
                  </Form>
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
