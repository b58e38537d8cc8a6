// CSRF defence for every non-GET request (Lucia's guide): the Origin header must name this site — its whole origin,
// scheme and port included (http://site is not https://site). Browsers send Origin on every POST; when an old
// browser omits it, Sec-Fetch-Site must say same-origin.

/** The origin of a URL (scheme://host[:port]), or null for anything that is not one ("null", garbage). */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

export function isSameOriginRequest(headers: { origin?: string | null; secFetchSite?: string | null }, allowedOrigins: string[]): boolean {
  if (headers.origin) {
    const origin = originOf(headers.origin);
    return origin !== null && allowedOrigins.map(originOf).includes(origin);
  }
  return headers.secFetchSite === "same-origin";
}
