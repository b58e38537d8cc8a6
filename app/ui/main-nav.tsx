// The main menu. On a wide screen, one row of links. On a narrow one, a "Menu" button that shows the links
// as a list: without JavaScript a <details>/<summary> opens it (the list follows it, and CSS shows it when
// the details is open); once scripts run, a button with aria-expanded takes the summary's place, and the
// menu closes again on Escape and after each navigation.
import { NavLink, useLocation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useHydrated } from "./hydrated";
import type { NavItem } from "./navigation";

const LIST_ID = "main-menu";

export function MainNav({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const openNow = useRef(open);
  openNow.current = open;
  const location = useLocation();

  // Opened before the scripts ran: stay open when the button replaces the summary.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  // A link was followed: close, and keep the keyboard focus on the button rather than on a hidden link.
  useEffect(() => {
    if (!openNow.current) return;
    if (list.current?.contains(document.activeElement)) toggle.current?.focus();
    setOpen(false);
  }, [location.key]);

  return (
    <nav
      aria-label={t("nav.main")}
      className="main-nav"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <div className="main-nav__bar">
        {hydrated ? (
          <button
            ref={toggle}
            type="button"
            className="main-nav__toggle"
            aria-expanded={open}
            aria-controls={LIST_ID}
            onClick={() => setOpen((was) => !was)}
          >
            <MenuIcon /> {t("nav.menu")}
          </button>
        ) : (
          <details ref={details} className="main-nav__disclosure">
            <summary className="main-nav__toggle">
              <MenuIcon /> {t("nav.menu")}
            </summary>
          </details>
        )}
        <ul ref={list} id={LIST_ID} className={`main-nav__list${open ? " main-nav__list--open" : ""}`}>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {t(item.label as never)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/** Three bars, drawn in SVG (no icon font). */
function MenuIcon() {
  return (
    <svg className="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
      <path fill="currentColor" d="M1 3h14v2H1zm0 4h14v2H1zm0 4h14v2H1z" />
    </svg>
  );
}
