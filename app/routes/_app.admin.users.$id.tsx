import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { canChangeAccountOf, canChangeRoleOf, canResetSecondFactorOf } from "~/auth/policy";
import { resetSecondFactorOf } from "~/domain/account/second-factor.server";
import { AccountChange, changeAccount, getUserForAdmin } from "~/domain/admin/users.server";
import { askToConfirm, confirmed, invalid, parseFormData, readFormData } from "~/forms.server";
import { setFlash, type Flash } from "~/ui/flash.server";
import { ConfirmAction } from "~/ui/confirm";
import { useFormat } from "~/ui/format";
import { Form, FormErrorSummary, SelectField } from "~/ui/form";
import { organizationFullName } from "~/names";
import { useEnumOptions } from "~/ui/options";
import { BackArrow } from "~/ui/direction";

export async function loader(args: LoaderFunctionArgs) {
  const actor = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const user = await getUserForAdmin(actor, id);
  return {
    user,
    canChange: canChangeAccountOf(actor, user),
    canChangeRole: canChangeRoleOf(actor, user),
    canResetSecondFactor: canResetSecondFactorOf(actor, user),
    self: actor.id === user.id,
  };
}

export async function action(args: ActionFunctionArgs) {
  const actor = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const formData = await readFormData(args.request);
  if (formData.get("intent") === "resetSecondFactor") {
    if (!confirmed(formData)) return askToConfirm("resetSecondFactor");
    const { name } = await resetSecondFactorOf(actor, id);
    return redirect(`/admin/users/${id}`, {
      headers: { "Set-Cookie": await setFlash({ key: "admin.secondFactorReset", values: { name } }) },
    });
  }
  const form = parseFormData(formData, AccountChange);
  if (!form.ok) return invalid(form);
  if (form.data.intent === "suspend" && !confirmed(formData)) return askToConfirm("suspend");
  const result = await changeAccount(actor, id, form.data);
  if (!result.ok) return invalid({ errors: { form: result.error } });
  const flash: Flash =
    form.data.intent === "suspend"
      ? { key: "admin.suspended", values: { name: result.name } }
      : form.data.intent === "reactivate"
        ? { key: "admin.reactivated", values: { name: result.name } }
        : { key: "admin.roleChanged", values: { name: result.name, role: result.role ?? "" } };
  return redirect(`/admin/users/${id}`, { headers: { "Set-Cookie": await setFlash(flash) } });
}

export default function AdminUser() {
  const { t, i18n } = useTranslation();
  const { user, canChange, canChangeRole, canResetSecondFactor, self } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const format = useFormat();
  const roleOptions = useEnumOptions("role");
  const asking = actionData && "confirm" in actionData ? actionData.confirm : null;
  return (
    <section aria-labelledby="user-heading" className="stack">
      <p>
        <Link to="/admin/users">
          <BackArrow /> {t("admin.users")}
        </Link>
      </p>
      <h2 id="user-heading">{user.name}</h2>
      <FormErrorSummary errors={actionData?.errors as Record<string, string> | undefined} />
      <dl className="definition-list card">
        <dt>{t("admin.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("admin.organization")}</dt>
        <dd>{organizationFullName(user.organization, i18n.language)}</dd>
        <dt>{t("admin.role")}</dt>
        <dd>{t(`enums.role.${user.role}`)}</dd>
        <dt>{t("admin.status")}</dt>
        <dd>
          <span className={`badge badge--${user.status}`}>{t(`enums.status.${user.status}`)}</span>
        </dd>
        <dt>{t("admin.lastSignIn")}</dt>
        <dd>{user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t("common.never")}</dd>
        <dt>{t("twoFactor.sectionTitle")}</dt>
        <dd>
          {user.secondFactorSince ? t("admin.secondFactorOn", { date: format.date(user.secondFactorSince) }) : t("admin.secondFactorOff")}
          {user._count.passkeys > 0 ? ` · ${t("twoFactor.passkeysCount", { count: user._count.passkeys })}` : null}
        </dd>
      </dl>
      {canResetSecondFactor ? (
        <ConfirmAction
          intent="resetSecondFactor"
          label={t("admin.resetSecondFactor")}
          question={t("admin.resetSecondFactorConfirm", { name: user.name })}
          asking={asking === "resetSecondFactor"}
        />
      ) : null}
      {canChangeRole ? (
        <Form method="post" className="filters">
          <input type="hidden" name="intent" value="changeRole" />
          <SelectField name="role" label={t("admin.changeRole")} options={roleOptions} defaultValue={user.role} />
          <button type="submit" className="button">
            {t("admin.changeRole")}
          </button>
        </Form>
      ) : null}
      {canChange ? (
        <>
          {user.status === "SUSPENDED" ? (
            <ConfirmAction intent="reactivate" label={t("admin.reactivate")} question="" asking={false} danger={false} />
          ) : (
            <ConfirmAction
              intent="suspend"
              label={t("admin.suspend")}
              question={t("admin.suspendConfirm", { name: user.name })}
              asking={asking === "suspend"}
            />
          )}
        </>
      ) : (
        <p className="muted">{t(self ? "admin.cannotChangeSelf" : "admin.onlyAdminChanges")}</p>
      )}
    </section>
  );
}
