// One-time notices shown after a redirect ("Invitation sent."): a short-lived cookie read by the root
// loader. Holds a translation key and its values only; React escapes them when shown. Secure over https (APP_URL).
import { createCookie } from "@remix-run/node";
import { servedOverHttps } from "~/config.server";

export type Flash = { key: string; values?: Record<string, string | number>; tone?: "success" | "error" };

const flashCookie = createCookie("flash", { path: "/", httpOnly: true, sameSite: "lax", maxAge: 60 });

export async function setFlash(flash: Flash): Promise<string> {
  return flashCookie.serialize(flash, { secure: servedOverHttps() });
}

export async function readFlash(request: Request): Promise<{ flash: Flash | null; clear: string | null }> {
  const value = await flashCookie.parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object" || typeof value.key !== "string") return { flash: null, clear: null };
  return { flash: value as Flash, clear: await flashCookie.serialize("", { maxAge: 0, secure: servedOverHttps() }) };
}
