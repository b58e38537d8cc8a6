// Runs in a worker thread of its own (app/domain/resources/file-text-reader.server.ts): reads the raw text of
// one PDF (unpdf, the PDF.js build for servers) or DOCX (mammoth) and posts it back. A file that makes a parser
// loop or swell is stopped by the caller (time limit, memory limit of the thread), never the process itself.
import { Buffer } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** @param {Uint8Array} bytes @param {number} maxChars */
async function pdfText(bytes, maxChars) {
  const { getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(bytes, { isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
  try {
    const pages = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages && length < maxChars; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
      pages.push(text);
      length += text.length;
      page.cleanup();
    }
    return pages.join("\n");
  } finally {
    await pdf.destroy();
  }
}

/** @param {Uint8Array} bytes */
async function docxText(bytes) {
  const { default: mammoth } = await import("mammoth");
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
}

const { bytes, mimeType, maxChars } = workerData;
try {
  const text = mimeType === "application/pdf" ? await pdfText(bytes, maxChars) : mimeType === DOCX ? await docxText(bytes) : null;
  parentPort.postMessage({ ok: true, text });
} catch (error) {
  parentPort.postMessage({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
