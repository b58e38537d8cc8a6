// What the server makes from one shared object (a version of the reference lists, app/data-versions.server.ts) in
// each language: labels and sorted options, made once per language rather than at every render. The browser makes
// them per page, again when its translations change.
export const onServer = typeof document === "undefined";

/**
 * The objects the server shares among requests (a version of the reference lists, and its lists): registered where they
 * are handed to a page (useReferenceLists). Only what is made from them is kept; a list a loader read for one request
 * (an admin page's organizations, a form's choices) is made at each render, so nothing is kept for it.
 */
const shared = new WeakSet<object>();

/** Registers `source` and the arrays it holds as shared among requests (see above). */
export function shareAcrossRequests(source: object) {
  shared.add(source);
  for (const value of Object.values(source)) if (Array.isArray(value)) shared.add(value);
}

export function keptFor<K extends object, T>(kept: WeakMap<K, Map<string, T>>, source: K, language: string, make: () => T): T {
  if (!shared.has(source)) return make();
  let byLanguage = kept.get(source);
  if (!byLanguage) kept.set(source, (byLanguage = new Map()));
  let made = byLanguage.get(language);
  if (made === undefined) {
    made = make();
    byLanguage.set(language, made);
    markKeptLists(made);
  }
  return made;
}

/**
 * The lists made here (an array, or the arrays of an object of them), each with a number of its own: they are shared
 * by every page of their version and language, so what is drawn from them can be kept too (a long select's options,
 * app/ui/form.tsx). A list made for one request is never kept, so never marked.
 */
const keptLists = new WeakMap<object, number>();
let listsMarked = 0;

function markKeptLists(made: unknown) {
  if (Array.isArray(made)) keptLists.set(made, ++listsMarked);
  else if (made && typeof made === "object")
    for (const value of Object.values(made)) if (Array.isArray(value)) keptLists.set(value, ++listsMarked);
}

/** The number of a list made here (see above), or undefined for any other list. */
export const keptListNumber = (list: object): number | undefined => keptLists.get(list);
