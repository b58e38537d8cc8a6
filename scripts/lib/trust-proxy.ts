// TRUST_PROXY: which proxies in front of the app may tell it the client's address (X-Forwarded-For), the
// public host (X-Forwarded-Host) and scheme (X-Forwarded-Proto). Express's "trust proxy" with a hop count or
// a list of addresses; never "trust everyone", whose left-most X-Forwarded-For the client itself writes.
//   unset, 0, false   nothing is trusted: the client is the socket's peer (default)
//   1, 2, ...         that many proxies in front (the right-most addresses of X-Forwarded-For are theirs)
//   10.0.0.0/8, ...   the proxies' addresses or CIDR ranges (also Express's names loopback, linklocal, uniquelocal)
import { isIP } from "node:net";

export type TrustProxy = false | number | string[];

const NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrRange(entry: string) {
  if (NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split("/");
  if (rest.length || !isIP(address)) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

/** The setting as Express takes it; an unusable value throws an Error whose message says what to write. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text.toLowerCase() === "false") return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length && entries.every(isAddressOrRange)) return entries;
  throw new Error(
    `TRUST_PROXY is "${text}": set it to the number of proxies in front of the app (e.g. 1), or to their addresses or ranges ` +
      `(e.g. 10.0.0.5 or 10.0.0.0/8, comma-separated), or leave it unset when clients connect directly. "true" is refused: ` +
      `it would take the client's address from a header the client writes.`,
  );
}
