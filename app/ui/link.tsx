// Links to the pages of this site. React Router's <Link> resolves its address on every render, twice (for its href and
// for its click handler), each time walking the route matches and copying their paths through JSON: ~10 µs a link, and
// a month of the calendar has 200 links, a list page 50 to 130 (5–9% of the server's CPU for such a page under load).
// A link to an absolute address of this site needs none of that: it is rendered as a plain <a href> marked
// `data-page-link`, and one listener for the whole document (`useFollowPageLinks`, in the root layout) opens it in the
// page as <Link> would: a plain left click, same origin, no `target` or `download`, the same address replaced rather
// than pushed. Anything else (a relative address, `replace`, `state`, `prefetch`, `reloadDocument`…) is React Router's
// own <Link>. Without JavaScript both are the same link.
import { Link as RouterLink, useNavigate, type LinkProps } from "@remix-run/react";
import { useEffect, type AnchorHTMLAttributes, type MouseEvent as ReactMouseEvent } from "react";

const ROUTER_ONLY: ReadonlyArray<keyof LinkProps> = [
  "prefetch",
  "reloadDocument",
  "replace",
  "state",
  "preventScrollReset",
  "relative",
  "viewTransition",
  "discover",
];

/** An address of a page of this site written from its root ("/calendar?view=week"), not relative, not another host. */
const isSitePath = (to: LinkProps["to"]): to is string => typeof to === "string" && to.startsWith("/") && !to.startsWith("//");

export function Link(props: LinkProps) {
  if (!isSitePath(props.to) || ROUTER_ONLY.some((name) => props[name] !== undefined)) return <RouterLink {...props} />;
  const { to, ...anchor } = props as { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>;
  return <a {...anchor} href={to} data-page-link="" />;
}

/**
 * Where a click on `link` goes in the page, or null when the browser should follow it itself (another button or a
 * modifier key, a `target` or `download`, another origin): the address as React Router navigates to it.
 */
export function inPageDestination(event: MouseEvent | ReactMouseEvent, link: Element | null): string | null {
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null;
  const href = link.getAttribute("href");
  const target = link.getAttribute("target");
  if (href === null || (target && target !== "_self") || link.hasAttribute("download")) return null;
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  return url.pathname + url.search + url.hash;
}

/** Opens the document's `data-page-link` links in the page (see above). Once, in the root layout. */
export function useFollowPageLinks() {
  const navigate = useNavigate();
  useEffect(() => {
    // On window, so that it runs after React's own handlers (on the document) and respects their preventDefault.
    const follow = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[data-page-link]") : null;
      const destination = inPageDestination(event, link);
      if (destination === null) return;
      event.preventDefault();
      const here = window.location.pathname + window.location.search + window.location.hash;
      navigate(destination, { replace: destination === here });
    };
    window.addEventListener("click", follow);
    return () => window.removeEventListener("click", follow);
  }, [navigate]);
}
