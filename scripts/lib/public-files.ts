// The files of public/ (the favicon; the build's assets have their own route), served as they are. In production
// they are listed once at start and only those addresses reach express.static: asked for every page, it looked
// each address up on disk and built an error for the miss (6% of the CPU of a simple page under load).
import { readdirSync } from "node:fs";
import path from "node:path";
import type { ServerResponse } from "node:http";
import express, { type RequestHandler } from "express";

type SetHeaders = (res: ServerResponse) => void;

export function publicFiles(dir: string, assetsPath: string, setHeaders: SetHeaders, production: boolean): RequestHandler {
  const serve = express.static(dir, { maxAge: "1h", index: false, setHeaders });
  if (!production) return serve;
  const assetsDir = assetsPath.replace(/^\/+|\/+$/g, "");
  const files = new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => "/" + path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
      .filter((address) => !address.startsWith(`/${assetsDir}/`)),
  );
  return (req, res, next) => (files.has(req.path) ? serve(req, res, next) : next());
}
