// The file of a resource, streamed only after the reader's access is checked; always as an attachment,
// with the type decided when it was uploaded, so a browser never runs it as a page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, uuidParam } from "~/auth/guards.server";
import { openResourceFile } from "~/domain/resources/library.server";
import { fileResponse } from "~/downloads.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const file = await openResourceFile(user, uuidParam(args.params, "id"));
  return fileResponse(file.stream, {
    contentType: file.mimeType,
    fileName: file.fileName,
    headers: { "Content-Length": String(file.size), "Content-Security-Policy": "default-src 'none'; sandbox" },
  });
}
