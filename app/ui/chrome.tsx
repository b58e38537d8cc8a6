// The frame of every page: skip link, header with the main menu, the user's name and organization with
// their own pages and sign-out, and the language switcher; the page itself in <main>.
import { NavLink, useLocation, useSubmit } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { supportedLanguages } from "~/i18n/config";
import { useRootData } from "./root-data";
import { useHydrated } from "./hydrated";
import { MainNav } from "./main-nav";
import { organizationName } from "../names";
import { FlashNotice } from "./notice";
import { Link } from "./link";
import { Form } from "./form";
import { HeaderSearch } from "./search/search-box";
import { NotificationBell } from "./notification-bell";

export function AppChrome({ children }: { children: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const root = useRootData();
  const user = root?.user;
  const location = useLocation();
  const here = location.pathname + location.search;
  const hydrated = useHydrated();
  const submit = useSubmit();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link className="site-title" to="/">
            <span aria-hidden="true" className="site-title__mark">
              ◎
            </span>{" "}
            {t("app.name")}
          </Link>
          <div className="site-header__tools">
            {user ? <HeaderSearch /> : null}
            <Form method="post" action="/language" className="language-switcher">
              <input type="hidden" name="redirectTo" value={here} />
              <label htmlFor="language-select" className="visually-hidden">
                {t("nav.language")}
              </label>
              {/* With JavaScript, choosing a language switches at once (and says so); without, the button sends the form. */}
              <select
                id="language-select"
                name="language"
                defaultValue={i18n.language}
                key={i18n.language}
                aria-describedby={hydrated ? "language-hint" : undefined}
                onChange={(event) => submit(event.currentTarget.form, { replace: true, preventScrollReset: true })}
              >
                {supportedLanguages.map((lng) => (
                  <option key={lng} value={lng} lang={lng}>
                    {t(`languages.${lng}`)}
                  </option>
                ))}
              </select>
              {hydrated ? (
                <span id="language-hint" className="visually-hidden">
                  {t("nav.languageHint")}
                </span>
              ) : null}
              <button type="submit" className="button button--quiet" hidden={hydrated}>
                {t("nav.changeLanguage")}
              </button>
            </Form>
            {user ? <NotificationBell unread={root?.unreadNotifications ?? 0} /> : null}
            {user ? (
              <nav className="user-menu" aria-label={t("nav.yourAccount")}>
                <span className="user-menu__who">
                  {t("nav.signedInAs", { name: user.name, organization: organizationName(user.organization, i18n.language) })}
                </span>
                <ul className="user-menu__links">
                  {(root?.navigation ?? [])
                    .filter((item) => item.area === "account")
                    .map((item) => (
                      <li key={item.to}>
                        <NavLink to={item.to} end={item.end}>
                          {t(item.label as never)}
                        </NavLink>
                      </li>
                    ))}
                </ul>
                <Form method="post" action="/logout">
                  <button type="submit" className="button button--quiet">
                    {t("nav.signOut")}
                  </button>
                </Form>
              </nav>
            ) : null}
          </div>
        </div>
        {user && root ? <MainNav items={root.navigation.filter((item) => item.area === "main")} /> : null}
      </header>
      <main id="main" tabIndex={-1}>
        {root?.flash ? <FlashNotice flash={root.flash} /> : null}
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("app.tagline")}</p>
      </footer>
    </>
  );
}
