import { useTranslation } from "react-i18next";
import type { Flash } from "./flash.server";

export function FlashNotice({ flash }: { flash: Flash }) {
  const { t } = useTranslation();
  return (
    <div className={`notice notice--${flash.tone ?? "success"}`} role="status">
      {/* Keys come from our own actions; an unknown key shows nothing rather than the raw key. */}
      {t(flash.key as never, { ...(flash.values ?? {}), defaultValue: "" }) as string}
    </div>
  );
}

export function Notice({ tone = "info", children }: { tone?: "info" | "success" | "error" | "warning"; children: React.ReactNode }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
