import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { optionalUser } from "~/auth/guards.server";
import { endSession } from "~/auth/session.server";
import { recordAudit } from "~/audit.server";
import { db } from "~/db.server";
import { setFlash } from "~/ui/flash.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await optionalUser({ request, context });
  const cookie = await endSession(request);
  if (user) await recordAudit(db, { actorId: user.id, action: "auth.signedOut", subjectType: "User", subjectId: user.id, ip: user.ip });
  const headers = new Headers();
  headers.append("Set-Cookie", cookie);
  headers.append("Set-Cookie", await setFlash({ key: "auth.signedOut" }));
  return redirect("/login", { headers });
}
