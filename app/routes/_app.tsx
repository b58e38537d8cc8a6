// Every page behind sign-in sits under this layout: anonymous visitors are sent to /login.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  return null;
}

export default function SignedInLayout() {
  return <Outlet />;
}
