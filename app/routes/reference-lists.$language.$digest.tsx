// /reference-lists/:language/:digest: the reference lists in one language, as JSON, for the browser
// (app/ui/reference-lists.tsx). Signed-in users only, like the pages that use them; like every answer to a signed-in
// request it is marked `private, no-store` (scripts/lib/http-server.ts), so no cache keeps it after the session.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser, stringParam } from "~/auth/guards.server";
import { referenceListsJson } from "~/domain/projects/reference-lists.server";
import { isLanguage } from "~/i18n/config";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const language = args.params.language;
  if (!isLanguage(language)) notFound();
  const json = await referenceListsJson(user, language, `${language}/${stringParam(args.params, "digest")}`);
  return new Response(json, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
