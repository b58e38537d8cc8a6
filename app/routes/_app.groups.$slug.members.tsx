import { groupSummaryOf, requireGroupSpace } from "~/domain/groups/spaces.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser, stringParam } from "~/auth/guards.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { changeMembership, MembershipChange, membersPage } from "~/domain/groups/members.server";
import { askToConfirm, confirmed, invalid, parseFormData, readFormData } from "~/forms.server";
import { ConfirmAction } from "~/ui/confirm";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { Field, Form, FormErrorSummary } from "~/ui/form";
import { organizationName } from "~/names";
import type { GroupRole as GroupRoleValue } from "~/auth/policy";
import { Pagination } from "~/ui/pagination";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const params = new URL(args.request.url).searchParams;
  const find = z
    .string()
    .max(100)
    .catch("")
    .parse(params.get("find") ?? "");
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .catch(1)
    .parse(params.get("page") ?? 1);
  const group = await groupSummaryOf(args, user, stringParam(args.params, "slug"));
  return { ...(await membersPage(user, group, find, page, await requestLanguage(args.request, user.locale))), find };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  // Outsiders get 404 before anything they sent is read: a validation message would say the group's space exists.
  const group = await requireGroupSpace(user, slug);
  const formData = await readFormData(args.request);
  const form = parseFormData(formData, MembershipChange);
  if (!form.ok) return invalid(form);
  if (form.data.intent === "remove" && !confirmed(formData)) return askToConfirm(`remove:${form.data.userId}`);
  const result = await changeMembership(user, group, form.data);
  if (!result.ok) return invalid({ errors: { form: result.error } });
  const key =
    form.data.intent === "add"
      ? "groups.memberAdded"
      : form.data.intent === "remove"
        ? "groups.memberRemoved"
        : form.data.intent === "changeRole"
          ? "groups.roleChanged"
          : form.data.decision === "accept"
            ? "groups.accepted"
            : "groups.declined";
  return redirect(`/groups/${slug}/members`, {
    headers: { "Set-Cookie": await setFlash({ key, values: { name: result.name ?? "" } }) },
  });
}

export default function GroupMembers() {
  const { t, i18n } = useTranslation();
  const { members, total, page, pageSize, requests, candidates, find, manage, places, addRoles } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const asking = actionData && "confirm" in actionData ? actionData.confirm : null;
  const format = useFormat();
  const roleLabel = (r: GroupRoleValue) => t(`enums.groupRole.${r}`);
  return (
    <div className="stack">
      <FormErrorSummary errors={actionData?.errors as Record<string, string> | undefined} />
      {manage ? (
        <section aria-labelledby="requests-heading">
          <h2 id="requests-heading">{t("groups.joinRequests")}</h2>
          {requests.length === 0 ? (
            <p className="muted">{t("groups.noJoinRequests")}</p>
          ) : (
            <ul className="post-list">
              {requests.map((r) => (
                <li key={r.id}>
                  <strong>{r.user.name}</strong> ({organizationName(r.user.organization, i18n.language)}) ·{" "}
                  <span className="small">{format.dateTime(r.createdAt)}</span>
                  {r.message ? <p className="small">{r.message}</p> : null}
                  <div className="actions-inline">
                    {(["accept", "decline"] as const).map((decision) => (
                      <Form method="post" key={decision}>
                        <input type="hidden" name="intent" value="decide" />
                        <input type="hidden" name="requestId" value={r.id} />
                        <input type="hidden" name="decision" value={decision} />
                        <button type="submit" className={`button button--small${decision === "decline" ? " button--quiet" : ""}`}>
                          {t(`groups.${decision}`)}
                        </button>
                      </Form>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t("groups.tabs.members")}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.name")}</th>
                <th scope="col">{t("admin.organization")}</th>
                <th scope="col">{t("groups.role")}</th>
                <th scope="col">{t("groups.since")}</th>
                {places ? <th scope="col">{t("common.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.user.id}>
                  <td>
                    {m.user.name}
                    {m.user.title ? <div className="small muted">{m.user.title}</div> : null}
                  </td>
                  <td>{organizationName(m.user.organization, i18n.language)}</td>
                  <td>{t(`enums.groupRole.${m.role}`)}</td>
                  <td>{format.date(m.createdAt)}</td>
                  {places ? (
                    <td>
                      <div className="actions-inline">
                        {m.roleChoices.length > 0 ? (
                          <Form method="post">
                            <input type="hidden" name="intent" value="changeRole" />
                            <input type="hidden" name="userId" value={m.user.id} />
                            <label className="visually-hidden" htmlFor={`role-${m.user.id}`}>
                              {t("groups.role")}: {m.user.name}
                            </label>
                            <select id={`role-${m.user.id}`} name="role" defaultValue={m.role}>
                              {[m.role, ...m.roleChoices].map((r) => (
                                <option key={r} value={r}>
                                  {roleLabel(r)}
                                </option>
                              ))}
                            </select>
                            <button type="submit" className="button button--quiet button--small">
                              {t("groups.changeRole")}
                            </button>
                          </Form>
                        ) : null}
                        {m.removable ? (
                          <ConfirmAction
                            intent="remove"
                            label={t("groups.remove")}
                            question={t("groups.removeConfirm", { name: m.user.name })}
                            asking={asking === `remove:${m.user.id}`}
                            fields={{ userId: m.user.id }}
                          />
                        ) : null}
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination total={total} page={page} pageSize={pageSize} />
      </section>

      {manage ? (
        <section aria-labelledby="add-heading" className="card">
          <h2 id="add-heading">{t("groups.addMember")}</h2>
          <Form method="get" className="filters" role="search">
            <Field name="find" type="search" label={t("groups.findPerson")} hint={t("groups.findPersonHint")} defaultValue={find} />
            <button type="submit" className="button button--quiet">
              {t("common.search")}
            </button>
          </Form>
          {candidates ? (
            candidates.length === 0 ? (
              <p className="muted">{t("groups.noCandidates")}</p>
            ) : (
              <ul className="post-list" aria-label={t("groups.addMember")}>
                {candidates.map((c) => (
                  <li key={c.id}>
                    <Form method="post" className="actions-inline">
                      <input type="hidden" name="intent" value="add" />
                      <input type="hidden" name="userId" value={c.id} />
                      <span>
                        <strong>{c.name}</strong> ({organizationName(c.organization, i18n.language)})
                      </span>
                      <label className="visually-hidden" htmlFor={`add-role-${c.id}`}>
                        {t("groups.role")}
                      </label>
                      <select id={`add-role-${c.id}`} name="role" defaultValue="MEMBER">
                        {addRoles.map((r) => (
                          <option key={r} value={r}>
                            {roleLabel(r)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="button button--small" aria-label={`${t("groups.add")}: ${c.name}`}>
                        {t("groups.add")}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
