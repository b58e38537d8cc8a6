import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { optionalUser } from "./auth/guards.server";
import { TEXTS_LINK_ID, textsUrl, useInterfaceLanguage } from "./i18n/client";
import { fallbackLanguage, textDirection } from "./i18n/config";
import { requestLanguage, translationsVersion } from "./i18n/i18n.server";
import { appTitle } from "./i18n/meta";
import { navigationFor } from "./ui/navigation";
import { unreadNotificationCount } from "./domain/notifications/inbox.server";
import { readFlash } from "./ui/flash.server";
import { AppChrome } from "./ui/chrome";
import { ErrorPage } from "./ui/error-page";
import { useNonce } from "./ui/nonce";
import { useRootData } from "./ui/root-data";
import { useFollowPageLinks } from "./ui/link";
import stylesheet from "./ui/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ matches }) => appTitle(matches);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await optionalUser({ request, context });
  const language = await requestLanguage(request, user?.locale);
  const { flash, clear } = await readFlash(request);
  return data(
    {
      language,
      /** Part of the address of the texts the browser fetches (app/i18n/client.ts). */
      textsVersion: translationsVersion(),
      timeZone: user?.timeZone ?? "UTC",
      flash,
      // New at every run of this loader (every page load, and after every form post): see app/ui/form.tsx.
      formKey: crypto.randomUUID(),
      user: user && {
        id: user.id,
        name: user.name,
        organization: user.organization,
      },
      navigation: user ? navigationFor(user) : [],
      /** The bell in the header: one COUNT on an index. */
      unreadNotifications: user ? await unreadNotificationCount(user) : 0,
    },
    { headers: clear ? { "Set-Cookie": clear } : undefined },
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRootData();
  const nonce = useNonce();
  const { i18n } = useTranslation();
  useInterfaceLanguage(root?.language ?? i18n.language, root?.textsVersion ?? "");
  useFollowPageLinks();
  // The language the texts are in: the root loader's, once its texts are there (a switch fetches them first).
  const language = i18n.language || root?.language || fallbackLanguage;
  return (
    <html lang={language} dir={textDirection(language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {root ? (
          <link id={TEXTS_LINK_ID} rel="preload" as="fetch" crossOrigin="anonymous" href={textsUrl(language, root.textsVersion)} />
        ) : null}
        <Meta />
        <Links />
      </head>
      <body>
        <AppChrome>{children}</AppChrome>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
