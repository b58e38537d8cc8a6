// The files of public/ (the favicon; the build's assets have their own route), served as they are. In production
// they are listed once at start and only those addresses reach express.static: asked for every page, it looked
// each address up on disk and built an error for the miss (6% of the CPU of a simple page under load).
import { readdirSync } from "node:fs";
import path from "node:path";
import type { ServerResponse } from "node:http";
import express, { type RequestHandler } from "express";

type SetHeaders = (res: ServerResponse) => void;

/** Every file under `dir`, by its path on disk and by its address relative to `dir` ("/_shared/chunk.js"). */
export function filesUnder(dir: string): Array<{ file: string; address: string }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file, address: "/" + path.relative(dir, file).split(path.sep).join("/") };
    });
}

export function publicFiles(dir: string, assetsPath: string, setHeaders: SetHeaders, production: boolean): RequestHandler {
  const serve = express.static(dir, { maxAge: "1h", index: false, setHeaders });
  if (!production) return serve;
  const assetsDir = assetsPath.replace(/^\/+|\/+$/g, "");
  const files = new Set(
    filesUnder(dir)
      .map(({ address }) => address)
      .filter((address) => !address.startsWith(`/${assetsDir}/`)),
  );
  return (req, res, next) => (files.has(req.path) ? serve(req, res, next) : next());
}
