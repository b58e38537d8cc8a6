import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { forbidden, requireUser } from "~/auth/guards.server";
import { canAdminister } from "~/auth/policy";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  if (canAdminister(user, "users.read")) return redirect("/admin/users");
  if (canAdminister(user, "audit.read")) return redirect("/admin/audit");
  forbidden();
}

// A component makes this a page (not a resource route), so a refusal renders the error page in the layout.
export default function AdminIndex() {
  return null;
}
