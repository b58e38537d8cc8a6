// /locales/:language?v=<version>: one language's interface texts as JSON, which the browser fetches when a
// page starts (app/entry.client.tsx) or when the reader switches language. Texts are public (the sign-in
// page needs them), so no session is asked for. With the current version in the address the answer may be
// kept for a year: a new release of any text changes the version, and so the address.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/auth/guards.server";
import { isLanguage } from "~/i18n/config";
import { translationJson, translationsVersion } from "~/i18n/i18n.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  if (!isLanguage(params.language)) notFound();
  const current = new URL(request.url).searchParams.get("v") === translationsVersion();
  return new Response(translationJson(params.language), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache",
    },
  });
}
