// The reference lists (organizations, thematic areas, working groups) in the browser: fetched from
// /reference-lists/<handle> when a page is loaded in full, and kept in this tab for the pages it opens after that,
// instead of coming with the data of every project, activity and recommendation page
// (app/domain/projects/reference-lists.server.ts says why). A page's data carries the handle:
// - a page loaded in full links the lists' address in its body; the entry fetches them before it hydrates
//   (app/entry.client.tsx), as it does the texts, so hydration renders exactly what the server did;
// - a page opened in the browser gets them in its clientLoader (`withReferenceLists`) before it renders;
// - on the server, the page renders with the object the handle names (ReferenceListsContext, app/entry.server.tsx).
import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import { createContext, useContext } from "react";
import type { ReferenceListsHandle, ReferenceListsInLanguage } from "~/domain/projects/reference-lists.server";
import { useHydrated } from "./hydrated";
import { shareAcrossRequests } from "./kept-by-language";

/** The server's lookup of the lists a handle names (the browser has none: it keeps what it fetched). */
export const ReferenceListsContext = createContext<((handle: ReferenceListsHandle) => ReferenceListsInLanguage | undefined) | null>(null);

const fetched = new Map<ReferenceListsHandle, ReferenceListsInLanguage>();

export const referenceListsUrl = (handle: ReferenceListsHandle) => `/reference-lists/${handle}`;

/** Fetches the lists a handle names unless the browser has them already. */
export async function loadReferenceLists(handle: ReferenceListsHandle) {
  if (fetched.has(handle)) return;
  const response = await fetch(referenceListsUrl(handle), { credentials: "same-origin" });
  if (!response.ok || !response.headers.get("Content-Type")?.startsWith("application/json"))
    throw new Error(`${referenceListsUrl(handle)} answered ${response.status} ${response.headers.get("Content-Type") ?? ""}`);
  fetched.set(handle, (await response.json()) as ReferenceListsInLanguage);
}

/** Before hydration: the lists that the page's body links (ReferenceListsLink). */
export async function loadLinkedReferenceLists() {
  const links = document.querySelectorAll<HTMLLinkElement>("link[data-reference-lists]");
  await Promise.all([...links].map((link) => loadReferenceLists(link.dataset.referenceLists!)));
}

/** The lists a handle names: on the server those it shared for this page, in the browser those it fetched. */
export function useReferenceLists(handle: ReferenceListsHandle): ReferenceListsInLanguage {
  const onServer = useContext(ReferenceListsContext);
  const lists = onServer ? onServer(handle) : fetched.get(handle);
  if (!lists) throw new Error(`The reference lists ${handle} are not loaded.`);
  // The server's lists are one object per version and language, shared by every page: what is made from them is kept.
  if (onServer) shareAcrossRequests(lists);
  return lists;
}

/**
 * Put in the page's body: the browser starts fetching the lists while it loads the page's scripts. Only in the page
 * as the server sent it (and while it is hydrated): a page opened in the browser has its lists already, and a link
 * added then would fetch them a second time.
 */
export function ReferenceListsLink({ handle }: { handle: ReferenceListsHandle }) {
  if (useHydrated()) return null;
  return <link rel="preload" as="fetch" crossOrigin="anonymous" href={referenceListsUrl(handle)} data-reference-lists={handle} />;
}

/** A route's clientLoader: the server's data, once the lists it names are in the browser. */
export async function withReferenceLists({ serverLoader }: ClientLoaderFunctionArgs) {
  const data = await serverLoader<{ reference: ReferenceListsHandle }>();
  await loadReferenceLists(data.reference);
  return data;
}
