// CSV downloads, written by csv-stringify (quoting, embedded commas, quotes and line breaks handled by the
// library). UTF-8 with a byte-order mark, so spreadsheet programs show non-Latin names (中文, العربية) right.
import { stringify } from "csv-stringify/sync";

export function csvResponse(filename: string, header: string[], records: Array<Array<string | number>>): Response {
  const body = "\uFEFF" + stringify([header, ...records], { record_delimiter: "windows" });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
