// What the HTTP server's middlewares keep about one request (Express's res.locals), typed.
import type { PassThrough } from "node:stream";
import type express from "express";

export type Locals = {
  cspNonce: string;
  requestId: string;
  requestLog: { userId: string | null };
  route: string;
  body?: Buffer;
  bodyStream?: PassThrough;
  refused?: boolean;
};
export const locals = (res: express.Response) => res.locals as Locals;
