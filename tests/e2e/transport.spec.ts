// How pages and scripts travel: compressed (brotli or gzip, as the browser accepts), fingerprinted scripts
// cached for a year, and the load benchmark's minimal page absent unless the benchmark's server asks for it.
import { expect, test } from "@playwright/test";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.80.0.7" } });

test("a page is sent compressed and its fingerprinted scripts are cached for a year", async ({ request }) => {
  const page = await request.get("/login", { headers: { "Accept-Encoding": "br, gzip" } });
  expect(page.status()).toBe(200);
  expect(page.headers()["content-encoding"]).toMatch(/^(br|gzip)$/);
  const html = await page.text();
  const scripts = [...html.matchAll(/href="(\/build\/[^"]+\.js)"/g)].map((m) => m[1]);
  expect(scripts.length, "fingerprinted scripts on the page").toBeGreaterThan(0);

  let compressed = 0;
  for (const script of scripts) {
    const plain = await request.get(script, { headers: { "Accept-Encoding": "identity" } });
    expect(plain.status()).toBe(200);
    expect(plain.headers()["cache-control"]).toContain("max-age=31536000");
    expect(plain.headers()["cache-control"]).toContain("immutable");
    // Scripts above the 1 KB threshold travel compressed.
    if ((await plain.body()).length < 2048) continue;
    const asset = await request.get(script, { headers: { "Accept-Encoding": "gzip" } });
    expect(asset.headers()["content-encoding"], script).toBe("gzip");
    compressed += 1;
  }
  expect(compressed).toBeGreaterThan(0);
});

test("the benchmark's minimal page answers 404 outside the benchmark", async ({ request }) => {
  const response = await request.get("/bench/floor?id=00000000-0000-4000-8000-000000000000");
  expect(response.status()).toBe(404);
});
