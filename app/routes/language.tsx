// The language switcher posts here: remembered in a cookie, and in the profile of a signed-in user.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { optionalUser, safeRedirectPath } from "~/auth/guards.server";
import { servedOverHttps } from "~/config.server";
import { setPreferredLanguage } from "~/domain/account/settings.server";
import { supportedLanguages } from "~/i18n/config";
import { languageCookie } from "~/i18n/i18n.server";
import { readFormData } from "~/forms.server";

const LanguageChoice = z.enum(supportedLanguages);

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const language = LanguageChoice.safeParse(formData.get("language"));
  if (!language.success) throw new Response("Unknown language", { status: 400 });
  // Where to go back to is never refused: safeRedirectPath keeps only a path of this site (anything else goes home).
  const back = formData.get("redirectTo");
  const user = await optionalUser({ request, context });
  if (user) await setPreferredLanguage(user, language.data);
  return redirect(safeRedirectPath(typeof back === "string" ? back : undefined), {
    headers: { "Set-Cookie": await languageCookie.serialize(language.data, { secure: servedOverHttps() }) },
  });
}
