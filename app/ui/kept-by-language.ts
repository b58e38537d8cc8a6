// What the server makes from one shared object (a version of the reference lists, app/data-versions.server.ts) in
// each language: labels and sorted options, made once per language rather than at every render. The browser makes
// them per page, again when its translations change.
export const onServer = typeof document === "undefined";

export function keptFor<K extends object, T>(kept: WeakMap<K, Map<string, T>>, source: K, language: string, make: () => T): T {
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
 * app/ui/form.tsx). A list made for one request is never marked.
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
