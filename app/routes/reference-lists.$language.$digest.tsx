// /reference-lists/:language/:digest: the reference lists in one language, as JSON, for the browser to keep
// (app/ui/reference-lists.tsx). Signed-in users only, like the pages that use them. The address names one version of
// the lists, so the answer may be kept for a year; the lists are the same for every reader, so keeping them in the
// browser's cache discloses nothing the reader's pages do not show.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/guards.server";
import { referenceListsJson } from "~/domain/projects/reference-lists.server";
import { isLanguage } from "~/i18n/config";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const { language, digest } = args.params;
  if (!isLanguage(language) || !digest) notFound();
  const { json, current } = await referenceListsJson(user, language, `${language}/${digest}`);
  return new Response(json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": current ? "private, max-age=31536000, immutable" : "private, no-cache",
    },
  });
}
