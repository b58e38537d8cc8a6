// The secretariat's queue of nominations: approve (the invitation goes out in the nominee's language) or decline
// with a reason; the nominating lead is told either way.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/guards.server";
import {
  decideNomination,
  ensureDecidesNominations,
  NominationDecision,
  nominationQueue,
  NominationQueueQuery,
} from "~/domain/directory/nominations.server";
import { invalid, parseForm, parseSearchParams } from "~/forms.server";
import { setFlash } from "~/ui/flash.server";
import { Field, Form, FormErrorSummary } from "~/ui/form";
import { Pagination } from "~/ui/pagination";
import { NominationSummary } from "~/ui/directory/organization-people";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { page } = parseSearchParams(args.request.url, NominationQueueQuery);
  return nominationQueue(user, page);
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  ensureDecidesNominations(user);
  const form = await parseForm(args.request, NominationDecision);
  if (!form.ok) return invalid(form, { nominationId: form.values.nominationId });
  const result = await decideNomination(user, form.data);
  if (!result.ok) return invalid(result, { nominationId: form.data.nominationId });
  return redirect("/admin/nominations", {
    headers: {
      "Set-Cookie": await setFlash({
        key: result.approved ? "nominations.approved" : "nominations.declined",
        values: { name: result.name },
      }),
    },
  });
}

export default function NominationQueue() {
  const { t } = useTranslation();
  const { pending, decided, total, page, pageSize } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  const failedId = (actionData as { nominationId?: string } | undefined)?.nominationId;
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t("nominations.queueHeading")}</h2>
      {total === 0 ? (
        <p>{t("nominations.noPending")}</p>
      ) : (
        <ul className="card-list">
          {pending.map((n) => (
            <li key={n.id} aria-labelledby={`nomination-${n.id}`}>
              <h3 id={`nomination-${n.id}`} className="visually-hidden">
                {n.name}
              </h3>
              <NominationSummary nomination={n} showOrganization />
              {failedId === n.id ? <FormErrorSummary errors={errors} /> : null}
              <div className="button-row">
                <Form method="post">
                  <input type="hidden" name="nominationId" value={n.id} />
                  <button type="submit" name="intent" value="approve" className="button">
                    {t("nominations.approve", { name: n.name })}
                  </button>
                </Form>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="nominationId" value={n.id} />
                  <input type="hidden" name="intent" value="decline" />
                  <Field
                    name="reason"
                    id={`reason-${n.id}`}
                    label={t("nominations.reason")}
                    error={failedId === n.id && errors?.reason ? t(errors.reason as "nominations.reasonRequired") : undefined}
                  />
                  <button type="submit" className="button button--danger">
                    {t("nominations.decline", { name: n.name })}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination total={total} page={page} pageSize={pageSize} />
      {decided.length > 0 ? (
        <>
          <h3>{t("nominations.recentDecisions")}</h3>
          <ul className="card-list">
            {decided.map((n) => (
              <li key={n.id}>
                <NominationSummary nomination={n} showOrganization />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
