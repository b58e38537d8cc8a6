// Finds a Chromium for the browser tests: CHROMIUM_PATH, the system's Chromium or Chrome, or
// Playwright's own download. When none is there, installs Debian's chromium package if it can.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

async function playwrightDownload(): Promise<string | null> {
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

async function find(): Promise<string | null> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return SYSTEM_CANDIDATES.find((p) => existsSync(p)) ?? (await playwrightDownload());
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && spawnSync("which", ["apt-get"]).status === 0;
}

export async function ensureChromium(log: (line: string) => void = console.log): Promise<string> {
  const found = await find();
  if (found) return found;
  if (!canInstallWithApt()) {
    throw new Error(
      "No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`), " +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
  }
  log("No Chromium found: installing Debian's chromium package (apt-get)…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  const installed = await find();
  if (!installed) throw new Error("apt-get installed chromium, but no Chromium binary was found afterwards.");
  return installed;
}
