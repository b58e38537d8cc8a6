// Server rendering: the whole page is rendered before it is sent (onAllReady), in the request's
// language, with the CSP nonce of this response on every script Remix emits.
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { createInstance } from "i18next";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { resources } from "./i18n/config";
import { requestLanguage } from "./i18n/i18n.server";
import { NonceProvider } from "./ui/nonce";
import { optionalUser } from "./auth/guards.server";
import { hasSessionCookie } from "./auth/session.server";

/**
 * Pages and data hold restricted information: no browser or shared cache keeps an answer to a request that carries a
 * session (downloads set the same in app/downloads.server.ts).
 */
function noStoreForSessions(request: Request, headers: Headers) {
  if (hasSessionCookie(request)) headers.set("Cache-Control", "private, no-store");
}

export function handleDataRequest(response: Response, { request }: { request: Request }) {
  noStoreForSessions(request, response.headers);
  return response;
}

const ABORT_DELAY = 5_000;
export const streamTimeout = ABORT_DELAY;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const user = await optionalUser({ request, context: loadContext }).catch(() => null);
  const language = await requestLanguage(request, user?.locale);
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ lng: language, resources, interpolation: { escapeValue: false } });
  const nonce = loadContext.cspNonce;
  noStoreForSessions(request, responseHeaders);

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1000);
  });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  console.error(error);
}
