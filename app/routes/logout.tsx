// Signing out: a POST from the header's button; a GET (an old link, a crawler) only goes home.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { optionalUser } from "~/auth/guards.server";
import { signOut } from "~/domain/account/sign-in.server";
import { setFlash } from "~/ui/flash.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await optionalUser({ request, context });
  const headers = new Headers();
  headers.append("Set-Cookie", await signOut(request, user));
  headers.append("Set-Cookie", await setFlash({ key: "auth.signedOut" }));
  return redirect("/login", { headers });
}
