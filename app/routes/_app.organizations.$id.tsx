import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { pageField } from "~/fields";
import { changeDesignation, DesignationChange, ensureManagesPeople, organizationPage } from "~/domain/directory/designations.server";
import { invalid, parseForm, parseSearchParams } from "~/forms.server";
import { FormErrorSummary } from "~/ui/form";
import { setFlash } from "~/ui/flash.server";
import { LeadsAndDesignations, OrganizationNominations, PastFocalPoints } from "~/ui/directory/organization-people";
import { titleFor } from "~/i18n/meta";
import { DirectoryTabs, PersonList } from "~/ui/directory/people";
import { useFormat } from "~/ui/format";
import { groupName, organizationFullName } from "~/names";
import { Pagination } from "~/ui/pagination";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  titleFor(matches, data ? "directory.namedTitle" : "directory.orgs.title", { name: data?.organization.name });

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const { page } = parseSearchParams(args.request.url, z.object({ page: pageField }));
  return organizationPage(user, id, page);
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  ensureManagesPeople(user, id);
  const form = await parseForm(args.request, DesignationChange);
  if (!form.ok) return invalid(form);
  const result = await changeDesignation(user, id, form.data);
  if (!result.ok) return invalid(result);
  const key = form.data.intent === "lead" ? "nominations.leadChanged" : "nominations.designationSaved";
  return redirect(`/organizations/${id}`, { headers: { "Set-Cookie": await setFlash({ key, values: { name: result.name } }) } });
}

export default function OrganizationPage() {
  const { t, i18n } = useTranslation();
  const { organization: org, focalPoints, groups, people, nominations, canNominate } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const format = useFormat();
  const name = organizationFullName(org, i18n.language);
  return (
    <>
      <DirectoryTabs />
      <h1>
        {name}
        {org.acronym ? <span className="muted"> ({org.acronym})</span> : null}
      </h1>
      <p>
        {t(`enums.orgKind.${org.kind}`)}
        {org.region ? ` · ${t(`enums.region.${org.region}`)}` : null}
        {org.isSecretariat ? ` · ${t("directory.orgs.secretariat")}` : null}
        {org.isAssessmentBody ? ` · ${t("directory.orgs.assessmentBody")}` : null}
      </p>
      <FormErrorSummary errors={actionData?.errors} />

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">
          {t("directory.orgs.focalPoints")} ({format.number(focalPoints.total)})
        </h2>
        {focalPoints.total === 0 ? (
          <p className="muted">{t("directory.orgs.noFocalPoints")}</p>
        ) : (
          <>
            <p>
              <Link to={`/directory?organization=${org.id}`}>{t("directory.orgs.searchWithin", { name })}</Link>
            </p>
            <PersonList people={focalPoints.people} label={t("directory.orgs.focalPoints")} />
            <Pagination total={focalPoints.total} page={focalPoints.page} pageSize={focalPoints.pageSize} />
          </>
        )}
      </section>

      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t("directory.orgs.groupsHeading")}</h2>
        {groups.length === 0 ? (
          <p className="muted">{t("directory.orgs.noGroups")}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("directory.group")}</th>
                  <th scope="col">{t("directory.orgs.leads")}</th>
                  <th scope="col" className="numeric">
                    {t("directory.orgs.focalPointsInGroup")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.id}>
                    <td>
                      <Link to={`/directory?group=${g.slug}&organization=${org.id}`}>
                        {g.number}. {groupName(g, i18n.language)}
                      </Link>
                    </td>
                    <td>{g.leadRole ? t(`enums.leadRole.${g.leadRole}`) : "—"}</td>
                    <td className="numeric">{format.number(g.members)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {people ? (
        <>
          <LeadsAndDesignations organizationId={org.id} people={people.current} />
          <PastFocalPoints people={people.past} />
        </>
      ) : null}
      {nominations ? <OrganizationNominations organizationId={org.id} nominations={nominations} canNominate={canNominate} /> : null}
    </>
  );
}
