// Which proxies in front of the app are trusted to say the client's address (Express's "trust proxy"). Trusting
// every hop (Express's `true`) takes the left-most X-Forwarded-For entry, which the client writes itself: limits
// per address could be dodged and the audit trail would record made-up addresses. So:
//   unset, "", "0", "false"  no proxy: the address is the peer's
//   a number N ("1")         N proxies in front: the address the outermost of them saw ("true" is read as 1)
//   a list                   the proxies' addresses or CIDR ranges, comma-separated ("10.0.0.0/8, 192.168.1.2";
//                            also Express's names loopback, linklocal, uniquelocal)
export type TrustProxy = false | number | string[];

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? "").trim();
  if (v === "" || v === "0" || v.toLowerCase() === "false") return false;
  if (v.toLowerCase() === "true") return 1;
  if (/^\d+$/.test(v)) return Number(v);
  return v
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}
