// Any unknown address: signed-in users get the 404 page inside the layout (anonymous ones sign in first).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/guards.server";

export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  notFound();
}

export default function NotFound() {
  return null;
}
