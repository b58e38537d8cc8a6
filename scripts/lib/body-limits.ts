// Request bodies are limited before anything reads them (scripts/lib/http-server.ts uses this): a form's body
// is read whole up to FORM_MAX_KB, an upload is streamed to the app and cut at UPLOAD_MAX_MB; either way the
// answer is 413 at once, and the rest of the refused body is drained (bounded) so the client reads it.
import type { IncomingMessage } from "node:http";
import { PassThrough } from "node:stream";
import type express from "express";
import { locals } from "./request-locals.ts";

/** The largest request body other than an upload: forms are far below it. */
const FORM_BODY_LIMIT = () => Number(process.env.FORM_MAX_KB ?? 1024) * 1024;
/** An upload's body: the file limit plus room for the form's other fields. */
const uploadBodyLimit = () => (Number(process.env.UPLOAD_MAX_MB ?? 25) + 1) * 1024 * 1024;
/** After a 413, this much more of the refused body is read and dropped (so the client can read the answer), then the connection is cut. */
const DRAIN_AFTER_REFUSAL_BYTES = 64 * 1024 * 1024;
const DRAIN_AFTER_REFUSAL_MS = 10_000;
const isMultipart = (req: IncomingMessage) => /^multipart\/form-data\b/i.test(req.headers["content-type"] ?? "");

// Bodies are limited before they are read: a form's body is read whole (up to FORM_MAX_KB), an upload is
// streamed to the app and cut at the upload limit. Either way the answer is 413 at once.
export function limitBodies(): express.RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const multipart = isMultipart(req);
    const limit = multipart ? uploadBodyLimit() : FORM_BODY_LIMIT();
    const message = multipart
      ? `The file is larger than the upload limit (${process.env.UPLOAD_MAX_MB ?? 25} MB).`
      : "The request is too large.";
    const announced = req.get("content-length");
    if (announced !== undefined && Number(announced) > limit) return refuseTooLarge(req, res, message);
    let size = 0;
    if (multipart) {
      const stream = new PassThrough();
      locals(res).bodyStream = stream;
      req.on("data", (chunk: Buffer) => {
        if (locals(res).refused) return;
        size += chunk.length;
        if (size > limit) {
          stream.destroy(new Error("body over the upload limit"));
          return refuseTooLarge(req, res, message);
        }
        if (!stream.write(chunk)) {
          req.pause();
          stream.once("drain", () => req.resume());
        }
      });
      req.once("end", () => stream.end());
      req.once("error", (error) => stream.destroy(error));
      return next();
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      if (locals(res).refused) return;
      size += chunk.length;
      if (size > limit) return refuseTooLarge(req, res, message);
      chunks.push(chunk);
    });
    req.once("end", () => {
      if (locals(res).refused) return;
      locals(res).body = Buffer.concat(chunks);
      next();
    });
  };
}

/** After a 413 the rest of the body is read and dropped (bounded), so the client reads the answer instead of a reset. */
function refuseTooLarge(req: express.Request, res: express.Response, message: string) {
  if (locals(res).refused) return;
  locals(res).refused = true;
  if (!res.headersSent) res.status(413).type("text/plain").send(message);
  let dropped = 0;
  const cut = setTimeout(() => req.socket.destroy(), DRAIN_AFTER_REFUSAL_MS).unref();
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DRAIN_AFTER_REFUSAL_BYTES) req.socket.destroy();
  });
  req.once("end", () => clearTimeout(cut));
  req.resume();
}
