// A chart as a file: the standalone SVG a chart component draws, rendered in the reader's language.
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { fileResponse } from "~/downloads.server";
import type { Language } from "~/i18n/config";
import { pageI18n } from "~/i18n/i18n.server";

export function svgFileResponse(chart: React.ReactElement, language: Language, fileName: string) {
  const svg = renderToStaticMarkup(<I18nextProvider i18n={pageI18n(language)}>{chart}</I18nextProvider>);
  return fileResponse(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, { contentType: "image/svg+xml; charset=utf-8", fileName });
}
