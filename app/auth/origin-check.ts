// CSRF defence for every non-GET request (Lucia's guide): the Origin header must name this site.
// Browsers send Origin on every POST; when an old browser omits it, Sec-Fetch-Site must say same-origin.
import { verifyRequestOrigin } from "lucia";

export function isSameOriginRequest(headers: { origin?: string | null; secFetchSite?: string | null }, allowedHosts: string[]): boolean {
  const hosts = allowedHosts.filter(Boolean);
  if (headers.origin) return verifyRequestOrigin(headers.origin, hosts);
  return headers.secFetchSite === "same-origin";
}
