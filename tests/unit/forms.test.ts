import { describe, expect, it } from "vitest";
import { z } from "zod";
import { safeRedirectPath } from "~/auth/guards.server";
import { isSameOriginRequest } from "~/auth/origin-check";
import { emailField } from "~/fields";
import { InviteInput } from "~/domain/admin/invitations.server";
import { OrganizationInput } from "~/domain/admin/organizations.server";
import { parseFormData, parseSearchParams } from "~/forms.server";

const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const one of [v].flat()) data.append(k, one);
  return data;
};

describe("form schemas", () => {
  it("normalises emails to lower case and refuses malformed ones", () => {
    expect(emailField.parse("  Kenya@Demo.TEST ")).toBe("kenya@demo.test");
    expect(emailField.safeParse("not-an-email").error?.issues[0].message).toBe("errors.invalidEmail");
    expect(emailField.safeParse("").error?.issues[0].message).toBe("errors.requiredField");
  });

  it("reports one message key per field for an invitation", () => {
    const result = parseFormData(form({ email: "x", name: "", organizationId: "nope", role: "KING" }), InviteInput);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      email: "errors.invalidEmail",
      name: "errors.requiredField",
      organizationId: "errors.chooseOption",
      role: "errors.chooseOption",
    });
    expect(result.values.email).toBe("x");
  });

  it("says what each field expects, from the way its value failed", () => {
    const schema = z.object({
      title: z.string().trim().min(1, "errors.requiredField").max(10, "errors.tooLong"),
      pillar: z.coerce.number("errors.invalidField").int("errors.invalidField").min(1, "errors.invalidField").max(4, "errors.invalidField"),
      count: z.coerce.number().int().min(0).max(100),
      when: z.iso.date("errors.invalidField"),
      kind: z.enum(["A", "B"], "errors.invalidField"),
      organizationId: z.uuid("errors.invalidField"),
      site: z.url("errors.invalidField"),
      picks: z.array(z.string()).max(2),
    });
    const cases: Array<[Record<string, string | string[]>, Record<string, string>]> = [
      [{ title: "" }, { title: "errors.requiredField" }],
      [{ title: "a very long title" }, { title: 'errors.tooLong|{"max":10}' }],
      [{ pillar: "" }, { pillar: "errors.requiredField" }],
      [{ pillar: "7" }, { pillar: 'errors.numberMax|{"max":4}' }],
      [{ pillar: "1.5" }, { pillar: "errors.wholeNumber" }],
      [{ count: "many" }, { count: "errors.notANumber" }],
      [{ count: "-1" }, { count: 'errors.numberMin|{"min":0}' }],
      [{ when: "15/03/2027" }, { when: "errors.invalidDate" }],
      [{ kind: "C" }, { kind: "errors.chooseOption" }],
      [{ organizationId: "nope" }, { organizationId: "errors.chooseOption" }],
      [{ site: "not a url" }, { site: "errors.invalidUrl" }],
      [{ picks: ["a", "b", "c"] }, { picks: 'errors.chooseAtMost|{"max":2}' }],
    ];
    const valid = {
      title: "ok",
      pillar: "2",
      count: "3",
      when: "2027-03-15",
      kind: "A",
      organizationId: "8f14e45f-ceea-467f-a8f1-2c5d2d5a3f1b",
      site: "https://example.org",
      picks: [],
    };
    for (const [input, expected] of cases) {
      const result = parseFormData(form({ ...valid, ...input }), schema, ["picks"]);
      expect(result.ok ? {} : result.errors, JSON.stringify(input)).toEqual(expected);
    }
  });

  it("never echoes a password back into the form", () => {
    const result = parseFormData(form({ email: "a@b.c", password: "secret secret" }), z.object({ email: z.string().max(1) }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.values).not.toHaveProperty("password");
  });

  it("requires ISO codes for a Member State, not for an entity", () => {
    const state = parseFormData(form({ kind: "MEMBER_STATE", name: "Atlantis" }), OrganizationInput);
    expect(state.ok).toBe(false);
    if (!state.ok) expect(state.errors.iso3).toBe("admin.isoRequired");
    const entity = parseFormData(
      form({ kind: "COMPACT_ENTITY", name: "New Office", acronym: "NO", isSecretariat: "on" }),
      OrganizationInput,
    );
    expect(entity.ok && entity.data).toMatchObject({
      kind: "COMPACT_ENTITY",
      name: "New Office",
      iso3: null,
      region: null,
      isSecretariat: true,
      isAssessmentBody: false,
    });
    const badIso = parseFormData(form({ kind: "MEMBER_STATE", name: "Atlantis", iso3: "AT1", iso2: "A" }), OrganizationInput);
    expect(!badIso.ok && badIso.errors).toMatchObject({ iso3: 'errors.lettersCode|{"length":3}', iso2: 'errors.lettersCode|{"length":2}' });
  });

  it("ignores a bad filter in a shared link instead of failing", () => {
    const schema = z.object({ role: z.enum(["ADMIN"]).optional(), page: z.coerce.number().int().min(1).default(1) });
    expect(parseSearchParams("http://x/admin/users?role=KING&page=2", schema)).toEqual({ page: 2 });
    expect(parseSearchParams("http://x/admin/users?page=-4", schema)).toEqual({ page: 1 });
  });
});

describe("redirect targets", () => {
  it("accepts local paths only", () => {
    expect(safeRedirectPath("/admin/users?page=2")).toBe("/admin/users?page=2");
    for (const evil of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", undefined, 42]) {
      expect(safeRedirectPath(evil), String(evil)).toBe("/");
    }
  });
});

describe("the Origin check on non-GET requests", () => {
  const hosts = ["http://localhost:3000"];
  it("accepts the site's own origin and refuses others", () => {
    expect(isSameOriginRequest({ origin: "http://localhost:3000" }, hosts)).toBe(true);
    expect(isSameOriginRequest({ origin: "http://evil.example" }, hosts)).toBe(false);
    expect(isSameOriginRequest({ origin: "http://localhost:3001" }, hosts)).toBe(false);
    expect(isSameOriginRequest({ origin: "null" }, hosts)).toBe(false);
    // The scheme counts: an http page of the same host may not post to the https site, nor the reverse.
    expect(isSameOriginRequest({ origin: "https://localhost:3000" }, hosts)).toBe(false);
    expect(isSameOriginRequest({ origin: "http://site.example" }, ["https://site.example"])).toBe(false);
    expect(isSameOriginRequest({ origin: "https://site.example" }, ["https://site.example"])).toBe(true);
    expect(isSameOriginRequest({ origin: "javascript:alert(1)" }, hosts)).toBe(false);
  });
  it("falls back to Sec-Fetch-Site when there is no Origin, and refuses when neither says same-origin", () => {
    expect(isSameOriginRequest({ secFetchSite: "same-origin" }, hosts)).toBe(true);
    expect(isSameOriginRequest({ secFetchSite: "cross-site" }, hosts)).toBe(false);
    expect(isSameOriginRequest({}, hosts)).toBe(false);
  });
});
