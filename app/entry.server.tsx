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
import { isDatabaseUnavailable } from "./database-unavailable";
import { logger } from "./log.server";

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
          if (shellRendered) logger.error({ reqId: loadContext.requestId, err: error }, "rendering failed");
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1000);
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
