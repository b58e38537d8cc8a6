// The search box of the header: a GET form to /search (works without JavaScript), labelled for screen
// readers; on the search page it shows what was searched for.
import { useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "../form";

export function HeaderSearch() {
  const { t } = useTranslation();
  const location = useLocation();
  const current = location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : "";
  const input = useRef<HTMLInputElement>(null);
  // The box follows the page (the query on the search page, empty elsewhere), except while the reader is typing
  // in it: a navigation that completes under their fingers does not throw away what they typed.
  useEffect(() => {
    const box = input.current;
    if (box && document.activeElement !== box) box.value = current;
  }, [current]);
  return (
    <Form method="get" action="/search" role="search" aria-label={t("search.boxLabel")} className="header-search">
      <label htmlFor="header-search-q" className="visually-hidden">
        {t("search.boxLabel")}
      </label>
      <input ref={input} id="header-search-q" name="q" type="search" defaultValue={current} maxLength={200} autoComplete="off" />
      <button type="submit" className="button button--quiet">
        {t("search.go")}
      </button>
    </Form>
  );
}
