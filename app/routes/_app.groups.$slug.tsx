// A working group: its public summary for everyone signed in; for members and the secretariat, the tabs
// of its space. Asking to join, withdrawing a request and leaving are answered here.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { NavLink, Outlet, useActionData, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser, stringParam } from "~/auth/guards.server";
import { groupSummary, groupSummaryOf, summaryInLanguage } from "~/domain/groups/spaces.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { JoinRequestInput, leaveGroup, requestToJoin, withdrawJoinRequest } from "~/domain/groups/members.server";
import { pillarName } from "~/pillars";
import { askToConfirm, confirmed, invalid, parseFormData, readFormData } from "~/forms.server";
import { titleFor, titleFromData } from "~/i18n/meta";
import { ConfirmAction } from "~/ui/confirm";
import { setFlash } from "~/ui/flash.server";
import { Field, Form, FormErrorSummary } from "~/ui/form";
import { GroupLeads, GroupOfficers } from "~/ui/groups/leads";
import { groupName, groupDescription } from "~/names";
import { Notice } from "~/ui/notice";
import { BackArrow } from "~/ui/direction";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data
    ? titleFromData(matches, (language) => `${data.group.number}. ${groupName(data.group, language)}`)
    : titleFor(matches, "groups.title");

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  return { group: summaryInLanguage(await groupSummaryOf(args, user, slug), await requestLanguage(args.request, user.locale)) };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const slug = stringParam(args.params, "slug");
  const group = await groupSummary(user, slug);
  const formData = await readFormData(args.request);
  const intent = formData.get("intent");
  const back = async (key: string) => redirect(`/groups/${slug}`, { headers: { "Set-Cookie": await setFlash({ key }) } });
  if (intent === "requestToJoin") {
    const form = parseFormData(formData, JoinRequestInput);
    if (!form.ok) return invalid(form);
    await requestToJoin(user, group.id, form.data.message);
    return back("groups.joinRequested");
  }
  if (intent === "withdraw") {
    await withdrawJoinRequest(user, group.id);
    return back("groups.requestWithdrawn");
  }
  if (intent === "leave") {
    if (!confirmed(formData)) return askToConfirm("leave");
    const result = await leaveGroup(user, group.id);
    if (!result.ok) return invalid({ errors: { form: result.error } });
    return redirect("/groups", { headers: { "Set-Cookie": await setFlash({ key: "groups.left" }) } });
  }
  return invalid({ errors: { form: "errors.invalidField" } });
}

export function useGroup() {
  return useRouteLoaderData<typeof loader>("routes/_app.groups.$slug")!.group;
}

export default function GroupLayout() {
  const { t, i18n } = useTranslation();
  const { group } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const asking = actionData && "confirm" in actionData ? actionData.confirm : null;
  const name = groupName(group, i18n.language);
  return (
    <>
      <header className="group-header">
        <p className="small">
          <Link to="/groups">
            <BackArrow /> {t("groups.title")}
          </Link>
        </p>
        <h1>
          {group.number}. {name}
        </h1>
        <p className="muted">
          {t("groups.pillar", { number: group.pillar })}: {pillarName(group.pillar, i18n.language)}
        </p>
        <p>{groupDescription(group, i18n.language)}</p>
        <GroupLeads leads={group.leads} />
        <GroupOfficers officers={group.officers} />
        <p className="small muted">
          {t("groups.members", { count: group.memberCount })}
          {group.myRole ? ` · ${t("groups.youAreMember", { role: t(`enums.groupRole.${group.myRole}`) })}` : ""}
        </p>
        <FormErrorSummary errors={actionData?.errors as Record<string, string> | undefined} />
        {group.can.leave ? (
          <ConfirmAction
            intent="leave"
            label={t("groups.leave")}
            question={t("groups.leaveConfirm", { group: name })}
            asking={asking === "leave"}
          />
        ) : null}
      </header>
      {group.can.read ? (
        <>
          <nav aria-label={name}>
            <ul className="tabs">
              <li>
                <NavLink to={`/groups/${group.slug}`} end>
                  {t("groups.tabs.overview")}
                </NavLink>
              </li>
              <li>
                <NavLink to={`/groups/${group.slug}/members`}>{t("groups.tabs.members")}</NavLink>
              </li>
              <li>
                <NavLink to={`/groups/${group.slug}/plan`}>{t("groups.tabs.plan")}</NavLink>
              </li>
              <li>
                <NavLink to={`/groups/${group.slug}/files`}>{t("groups.tabs.files")}</NavLink>
              </li>
            </ul>
          </nav>
          <Outlet />
        </>
      ) : (
        <section className="card stack" aria-labelledby="join-heading">
          <h2 id="join-heading">{t("groups.membersOnly")}</h2>
          {group.myJoinRequest === "PENDING" ? (
            <>
              <Notice>{t("groups.requestPending")}</Notice>
              <Form method="post">
                <input type="hidden" name="intent" value="withdraw" />
                <button type="submit" className="button button--quiet">
                  {t("groups.withdrawRequest")}
                </button>
              </Form>
            </>
          ) : group.can.requestToJoin ? (
            <Form method="post" className="form">
              <input type="hidden" name="intent" value="requestToJoin" />
              <Field name="message" label={t("groups.joinMessage")} hint={t("common.optional")} maxLength={1000} />
              <div className="button-row">
                <button type="submit" className="button">
                  {t("groups.askToJoin")}
                </button>
              </div>
            </Form>
          ) : null}
        </section>
      )}
    </>
  );
}
