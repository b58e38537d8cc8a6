// Every answer that the browser saves as a file (CSV, vCard, iCalendar, uploaded documents) goes through
// here: one CSV writer and one Content-Disposition encoder for the whole app.
import { stringify } from "csv-stringify/sync";
import { textDirection } from "./i18n/config";

export type CsvCell = string | number | null | undefined;

/**
 * A cell a spreadsheet program would run as a formula (OWASP "CSV injection": starting with =, +, -, @, tab or
 * carriage return) is written with a leading apostrophe, so it shows as the text it is.
 */
export function spreadsheetSafe(value: CsvCell): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * CSV as spreadsheet programs read it best: UTF-8 with a byte-order mark (names in Chinese, Arabic,
 * Cyrillic), CRLF line ends, quoting by csv-stringify, and every text cell spreadsheet-safe.
 */
export function csvText(header: string[], rows: CsvCell[][]): string {
  return stringify([header.map(spreadsheetSafe), ...rows.map((row) => row.map(spreadsheetSafe))], {
    bom: true,
    record_delimiter: "windows",
  });
}

/** RFC 5987 encoding: encodeURIComponent leaves ' ( ) * as they are, which attr-char does not allow. */
function encodeRfc5987(value: string) {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Characters a file name never keeps: control characters (CR/LF would split a header), quotes and angle brackets,
 * the bidirectional controls (a right-to-left override makes "invoice\u202Efdp.exe" read as "invoiceexe.pdf"),
 * invisible format characters, line and paragraph separators, and a surrogate without its pair (not text at all).
 */
const UNSAFE_IN_FILE_NAMES =
  // eslint-disable-next-line no-control-regex -- exactly these characters are replaced
  /[\u0000-\u001f\u007f-\u009f"<>\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The longest file name kept, in characters (code points): the extension is kept when the name is cut. */
export const FILE_NAME_MAX = 200;

/** A file name with no path, none of the characters above, at most FILE_NAME_MAX characters with its extension. */
export function safeFileName(name: string, fallback = "download") {
  const base = name.replace(UNSAFE_IN_FILE_NAMES, "_").normalize("NFC").split(/[\\/]/).pop() ?? "";
  const cleaned = base.trim();
  // Nothing left, or only dots ("..", "."): no name of its own.
  if (!cleaned || /^[.\s_]*$/.test(cleaned)) return fallback;
  const chars = Array.from(cleaned);
  if (chars.length <= FILE_NAME_MAX) return cleaned;
  const extension = /\.[^.\s]{1,16}$/.exec(cleaned)?.[0] ?? "";
  const stem = Array.from(cleaned.slice(0, cleaned.length - extension.length));
  return (
    stem
      .slice(0, FILE_NAME_MAX - extension.length)
      .join("")
      .trimEnd() + extension
  );
}

/** Content-Disposition with the UTF-8 name (RFC 6266 filename*) and an ASCII fallback for old clients. */
export function contentDisposition(fileName: string, disposition: "attachment" | "inline" = "attachment") {
  const name = safeFileName(fileName);
  const stripped = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9 ._()-]/g, "")
    .trim();
  // A name of other scripts only leaves its extension (".pdf"): the fallback gets a stem.
  const ascii = !stripped || (stripped.startsWith(".") && !name.startsWith(".")) ? `download${stripped}` : stripped;
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

type FileBody = string | ReadableStream<Uint8Array> | Uint8Array;

/** A file answer: saved, not shown (unless inline), never cached by anyone, never sniffed as another type. */
export function fileResponse(
  body: FileBody,
  options: { contentType: string; fileName: string; disposition?: "attachment" | "inline"; headers?: Record<string, string> },
) {
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": options.contentType,
      "Content-Disposition": contentDisposition(options.fileName, options.disposition),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ...options.headers,
    },
  });
}

export function csvResponse(fileName: string, header: string[], rows: CsvCell[][]) {
  return fileResponse(csvText(header, rows), { contentType: "text/csv; charset=utf-8", fileName });
}

/** A table to save: its file name (without extension), sheet name, column titles, rows, and what selected them. */
export type TableFile = { fileName: string; sheet: string; header: string[]; rows: CsvCell[][]; filters: string };

/**
 * The same table as an Excel workbook (write-excel-file): the filters in force on the first row, the column titles in
 * bold on the second (kept in view when scrolling), then the rows; numbers stay numbers. Text is stored as text, never
 * read as a formula. Right-to-left languages get a right-to-left sheet.
 */
export async function xlsxResponse(file: TableFile, rightToLeft: boolean) {
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const cell = (value: CsvCell) =>
    value === null || value === undefined || value === ""
      ? null
      : typeof value === "number"
        ? { value, type: Number }
        : { value, type: String };
  const data = [
    [{ value: file.filters, type: String, fontWeight: "bold" as const }],
    file.header.map((title) => ({ value: title, type: String, fontWeight: "bold" as const })),
    ...file.rows.map((row) => row.map(cell)),
  ];
  const buffer = await writeXlsxFile(data, {
    // Excel's limits on a sheet's name: 31 characters, none of \ / ? * [ ] :
    sheet: Array.from(file.sheet.replace(/[\\/?*[\]:]/g, " "))
      .slice(0, 31)
      .join(""),
    stickyRowsCount: 2,
    rightToLeft,
    columns: file.header.map(() => ({ width: 24 })),
  }).toBuffer();
  return fileResponse(new Uint8Array(buffer), {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    fileName: `${file.fileName}.xlsx`,
  });
}

/**
 * A table export in the format its address asks for: "….xlsx" an Excel workbook, otherwise CSV. One loader serves
 * both addresses (the .xlsx route re-exports the .csv route's loader).
 */
export function tableResponse(request: Request, file: TableFile, language: string) {
  return new URL(request.url).pathname.endsWith(".xlsx")
    ? xlsxResponse(file, textDirection(language) === "rtl")
    : csvResponse(`${file.fileName}.csv`, file.header, file.rows);
}
