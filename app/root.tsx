import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from "@remix-run/react";
import { useChangeLanguage } from "remix-i18next/react";
import { optionalUser } from "./auth/guards.server";
import { textDirection } from "./i18n/config";
import { requestLanguage } from "./i18n/i18n.server";
import { appTitle } from "./i18n/meta";
import { navigationFor } from "./ui/navigation";
import { readFlash } from "./ui/flash.server";
import { AppChrome } from "./ui/chrome";
import { ErrorPage } from "./ui/error-page";
import { useNonce } from "./ui/nonce";
import { useRootData } from "./ui/root-data";
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
    },
    { headers: clear ? { "Set-Cookie": clear } : undefined },
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRootData();
  const language = root?.language ?? "en";
  const nonce = useNonce();
  useChangeLanguage(language);
  return (
    <html lang={language} dir={textDirection(language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
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
