// TRUST_PROXY: a hop count or the proxies' addresses, never "every hop" (which takes the client-written left-most
// X-Forwarded-For entry): a client cannot choose the address its limits and audit events are counted under.
import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { parseTrustProxy } from "../../scripts/lib/trust-proxy";

describe("TRUST_PROXY", () => {
  it("reads off, a hop count, and a list of proxy addresses", () => {
    expect([undefined, "", "0", "false"].map(parseTrustProxy)).toEqual([false, false, false, false]);
    expect(parseTrustProxy("1")).toBe(1);
    expect(() => parseTrustProxy("true")).toThrow(/"true" is refused/);
    expect(parseTrustProxy("2")).toBe(2);
    expect(parseTrustProxy("10.0.0.0/8, 192.168.1.2")).toEqual(["10.0.0.0/8", "192.168.1.2"]);
  });

  async function clientAddress(setting: string, forwardedFor: string) {
    const app = express();
    app.set("trust proxy", parseTrustProxy(setting));
    app.get("/", (req, res) => res.send(req.ip));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      return await (await fetch(`http://127.0.0.1:${port}/`, { headers: { "X-Forwarded-For": forwardedFor } })).text();
    } finally {
      server.close();
    }
  }

  it("takes the address the trusted proxy saw, not one the client wrote in front of it", async () => {
    // The client sends "203.0.113.66"; the one proxy (here: the test itself) appends what it saw.
    expect(await clientAddress("1", "203.0.113.66, 198.51.100.7")).toBe("198.51.100.7");
    expect(await clientAddress("127.0.0.1", "203.0.113.66, 198.51.100.7")).toBe("198.51.100.7");
    expect(await clientAddress("0", "203.0.113.66, 198.51.100.7")).toMatch(/127\.0\.0\.1$/);
  });
});
