// 404, 403 and unexpected errors, shown inside the site's frame.
import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";

export function ErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, body] =
    status === 404
      ? [t("errors.notFoundTitle"), t("errors.notFoundBody")]
      : status === 403
        ? [t("errors.forbiddenTitle"), t("errors.forbiddenBody")]
        : status === 503
          ? [t("errors.unavailableTitle"), t("errors.unavailableBody")]
          : status >= 400 && status < 500
            ? [t("errors.badRequestTitle"), ""]
            : [t("errors.serverErrorTitle"), t("errors.serverErrorBody")];
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-page__status">{status}</p>
      <h1 id="error-title">{title}</h1>
      {body ? <p>{body}</p> : null}
      <p>
        {status === 503 ? (
          <>
            <a href="">{t("errors.tryAgain")}</a>{" "}
          </>
        ) : null}
        <Link to="/">{t("errors.goHome")}</Link>
      </p>
    </section>
  );
}
