import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/auth/guards.server";
import { listPendingInvitations, resendInvitation, revokeInvitation } from "~/domain/admin/invitations.server";
import { askToConfirm, confirmed, invalid, parseFormData, readFormData } from "~/forms.server";
import { ConfirmAction } from "~/ui/confirm";
import { setFlash } from "~/ui/flash.server";
import { useFormat } from "~/ui/format";
import { groupName, organizationName } from "~/names";

const InvitationAction = z.object({ intent: z.enum(["resend", "revoke"]), invitationId: z.uuid() });

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  return { invitations: await listPendingInvitations(user), now: new Date() };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const formData = await readFormData(args.request);
  const form = parseFormData(formData, InvitationAction);
  if (!form.ok) return invalid(form);
  const { intent, invitationId } = form.data;
  if (intent === "revoke" && !confirmed(formData)) return askToConfirm(`revoke:${invitationId}`);
  const result = intent === "resend" ? await resendInvitation(user, invitationId) : await revokeInvitation(user, invitationId);
  return redirect("/admin/invitations", {
    headers: {
      "Set-Cookie": await setFlash({ key: intent === "resend" ? "admin.resent" : "admin.revoked", values: { email: result.email } }),
    },
  });
}

export default function AdminInvitations() {
  const { t, i18n } = useTranslation();
  const { invitations, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const asking = actionData && "confirm" in actionData ? actionData.confirm : null;
  const format = useFormat();
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t("admin.pendingInvitations")}</h2>
      <div className="button-row">
        <Link to="/admin/users/new" className="button">
          {t("admin.inviteUser")}
        </Link>
      </div>
      {invitations.length === 0 ? (
        <p>{t("admin.noInvitations")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.email")}</th>
                <th scope="col">{t("admin.organization")}</th>
                <th scope="col">{t("admin.groupsOnAcceptance")}</th>
                <th scope="col">{t("admin.invitedBy")}</th>
                <th scope="col">{t("admin.sentAt")}</th>
                <th scope="col">{t("admin.expires")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id}>
                  <td>
                    {inv.user.name}
                    <br />
                    <span className="small">{inv.user.email}</span>
                  </td>
                  <td>
                    {organizationName(inv.organization, i18n.language)}
                    {inv.role !== "FOCAL_POINT" ? <div className="small muted">{t(`enums.role.${inv.role}`)}</div> : null}
                  </td>
                  <td className="small">
                    {inv.groups.length ? inv.groups.map((g) => `${g.number}. ${groupName(g, i18n.language)}`).join("; ") : "—"}
                  </td>
                  <td>{inv.invitedBy?.name ?? t("admin.system")}</td>
                  <td>{format.dateTime(inv.lastSentAt)}</td>
                  <td>
                    {format.dateTime(inv.expiresAt)}{" "}
                    {new Date(inv.expiresAt) <= new Date(now) ? <span className="badge badge--SUSPENDED">{t("admin.expired")}</span> : null}
                  </td>
                  <td>
                    {inv.canManage ? (
                      <div className="button-row">
                        <ConfirmAction
                          intent="resend"
                          label={t("admin.resend")}
                          question=""
                          asking={false}
                          danger={false}
                          fields={{ invitationId: inv.id }}
                        />
                        <ConfirmAction
                          intent="revoke"
                          label={t("admin.revoke")}
                          question={t("admin.revokeConfirm", { email: inv.user.email })}
                          asking={asking === `revoke:${inv.id}`}
                          fields={{ invitationId: inv.id }}
                        />
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
