// The root loader's data (language, time zone, flash, the signed-in user, navigation, form key) for any
// component. Imported from here rather than from root.tsx, which renders the chrome: no import cycle.
import { useRouteLoaderData } from "@remix-run/react";
import type { loader } from "~/root";

export type RootData = Awaited<ReturnType<typeof loader>>["data"];

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}
