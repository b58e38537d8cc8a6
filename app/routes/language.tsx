// The language switcher posts here: remembered in a cookie, and in the profile of a signed-in user.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { optionalUser, safeRedirectPath } from "~/auth/guards.server";
import { servedOverHttps } from "~/config.server";
import { setPreferredLanguage } from "~/domain/account/settings.server";
import { supportedLanguages } from "~/i18n/config";
import { languageCookie } from "~/i18n/i18n.server";
import { parseForm } from "~/forms.server";

const LanguageForm = z.object({ language: z.enum(supportedLanguages), redirectTo: z.string().optional() });

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseForm(request, LanguageForm);
  if (!form.ok) throw new Response("Unknown language", { status: 400 });
  const user = await optionalUser({ request, context });
  if (user) await setPreferredLanguage(user, form.data.language);
  return redirect(safeRedirectPath(form.data.redirectTo), {
    headers: { "Set-Cookie": await languageCookie.serialize(form.data.language, { secure: servedOverHttps() }) },
  });
}
