// Server rendering: the whole page is rendered before it is sent (onAllReady), as one body, in the request's
// language, with the CSP nonce of this response on every script Remix emits.
import { PassThrough } from "node:stream";
import { type AppLoadContext, type EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { pageI18n, requestLanguage } from "./i18n/i18n.server";
import { NonceProvider } from "./ui/nonce";
import { optionalUser } from "./auth/guards.server";
import { isDatabaseUnavailable } from "./database-unavailable";
import { logger } from "./log.server";
import { hasSessionCookie } from "./auth/session.server";
import { keepMarkupIn } from "./kept-markup.server";
import { DrawingsContext, KeptMarkupContext } from "./ui/kept-markup";
import { ReferenceListsContext } from "./ui/reference-lists";
import { sharedReferenceLists } from "./domain/projects/reference-lists.server";

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
  const i18n = pageI18n(language);
  const nonce = loadContext.cspNonce;
  noStoreForSessions(request, responseHeaders);

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    // Rendering that outlives the abort delay is cut off; the timer goes as soon as the page is rendered, so it
    // does not hold the page's data in memory for seconds after the response.
    const timeout = setTimeout(() => abort(), ABORT_DELAY + 1000);
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <KeptMarkupContext.Provider value={keepMarkupIn(i18n)}>
            <ReferenceListsContext.Provider value={sharedReferenceLists}>
              <DrawingsContext.Provider value={loadContext.drawings ?? null}>
                <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
              </DrawingsContext.Provider>
            </ReferenceListsContext.Provider>
          </KeptMarkupContext.Provider>
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          shellRendered = true;
          // The whole page is ready: it is sent as one body (one write, and compressed as a whole) rather
          // than as the many small chunks React emits.
          const chunks: Buffer[] = [];
          // Without "close": React takes a closed destination for a reader gone away and aborts the finished render,
          // building an error it then drops (about 1% of a page's CPU under load).
          const body = new PassThrough({ emitClose: false });
          body.on("data", (chunk: Buffer) => chunks.push(chunk));
          body.on("end", () => {
            clearTimeout(timeout);
            responseHeaders.set("Content-Type", "text/html; charset=utf-8");
            resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: responseStatusCode }));
          });
          body.on("error", reject);
          pipe(body);
        },
        onShellError(error: unknown) {
          clearTimeout(timeout);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logger.error({ reqId: loadContext.requestId, err: error }, "rendering failed");
        },
      },
    );
  });
}

export function handleError(error: unknown, { request, context }: { request: Request; context?: AppLoadContext }) {
  if (request.signal.aborted) return;
  // Expected while the database is away: answered 503 (app/outcome-responses.ts), logged once without a stack.
  if (isDatabaseUnavailable(error)) return void logger.warn({ reqId: context?.requestId, err: String(error) }, "database unavailable");
  logger.error({ reqId: context?.requestId, err: error }, "request failed");
}

// For the HTTP server (scripts/lib/http-server.ts), which runs this build's copy of the app: the pool's
// figures for /metrics, and closing it at shutdown.
export { disconnectDb, poolStats } from "./db.server";
