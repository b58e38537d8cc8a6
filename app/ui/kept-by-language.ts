// What the server makes from one shared object (a version of the reference lists, app/data-versions.server.ts) in
// each language: labels and sorted options, made once per language rather than at every render. The browser makes
// them per page, again when its translations change.
export const onServer = typeof document === "undefined";

export function keptFor<K extends object, T>(kept: WeakMap<K, Map<string, T>>, source: K, language: string, make: () => T): T {
  let byLanguage = kept.get(source);
  if (!byLanguage) kept.set(source, (byLanguage = new Map()));
  let made = byLanguage.get(language);
  if (made === undefined) byLanguage.set(language, (made = make()));
  return made;
}
