// A chart's files to share: its SVG (a link to the server's standalone file, which works without JavaScript) and,
// with JavaScript, a PNG drawn from that same file in the browser (twice the size, for slides and documents).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useHydrated } from "~/ui/hydrated";

async function downloadPng(svgHref: string, fileName: string) {
  const response = await fetch(svgHref, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${response.status}`);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await response.text())}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext("2d")!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("no image");
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `${fileName}.png`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ChartDownloads({ chart, svgHref, fileName }: { chart: string; svgHref: string; fileName: string }) {
  const { t } = useTranslation();
  const hydrated = useHydrated();
  const [failed, setFailed] = useState(false);
  return (
    <div className="button-row chart-downloads" role="group" aria-label={t("charts.downloads", { chart })}>
      <a className="button button--quiet" href={svgHref} download>
        {t("charts.downloadSvg")}
      </a>
      {hydrated ? (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setFailed(false);
            downloadPng(svgHref, fileName).catch(() => setFailed(true));
          }}
        >
          {t("charts.downloadPng")}
        </button>
      ) : null}
      {failed ? (
        <span role="alert" className="field__error">
          {t("charts.pngFailed")}
        </span>
      ) : null}
    </div>
  );
}
