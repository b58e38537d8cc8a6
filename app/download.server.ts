// Answers that the browser saves as a file (vCard, CSV): named after people or filters in any script.

/** RFC 5987 encoding: encodeURIComponent leaves ' ( ) * as they are, which attr-char does not allow. */
function encodeRfc5987(value: string) {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Content-Disposition with the UTF-8 name (RFC 6266 filename*) and an ASCII fallback for old clients. */
export function attachmentHeader(baseName: string, extension: string) {
  const ascii = baseName.normalize("NFKD").replace(/[^A-Za-z0-9 ._-]/g, "").trim() || "download";
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeRfc5987(`${baseName}.${extension}`)}`;
}

export function download(body: string, options: { contentType: string; baseName: string; extension: string }) {
  return new Response(body, {
    headers: {
      "Content-Type": options.contentType,
      "Content-Disposition": attachmentHeader(options.baseName, options.extension),
      // Contact data: never kept by shared caches, and not by the browser's cache either.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
