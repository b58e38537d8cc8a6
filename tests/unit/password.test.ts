import { describe, expect, it } from "vitest";
import { hashPassword, newPasswordSchema, passwordPairSchema, verifyPassword } from "~/auth/password.server";

describe("password rules", () => {
  const schema = newPasswordSchema();
  const error = (password: string) => {
    const result = schema.safeParse(password);
    return result.success ? null : result.error.issues[0].message;
  };

  it("needs at least 12 characters", () => {
    expect(error("short-Pa55!")).toBe("auth.passwordRules.tooShort");
    expect(error("x".repeat(257))).toBe("auth.passwordRules.tooLong");
  });

  it("refuses common and easily guessed passwords, even when long enough", () => {
    for (const common of ["password1234", "qwertyuiop12", "iloveyou1234", "aaaaaaaaaaaa", "P@ssw0rd1234", "123456789012"]) {
      expect(error(common), common).toBe("auth.passwordRules.tooCommon");
    }
  });

  it("refuses a password made of the person's own email or name", () => {
    const personal = newPasswordSchema(() => ["wanjiru.kamau@example.org", "Wanjiru Kamau"]);
    expect(personal.safeParse("wanjirukamau2024").error?.issues[0].message).toBe("auth.passwordRules.personal");
    expect(personal.safeParse("Wanjiru-Kamau-rules-here").error?.issues[0].message).toBe("auth.passwordRules.personal");
  });

  it("accepts a long passphrase", () => {
    expect(error("coordination-demo")).toBeNull();
    expect(error("violet river under the bridge")).toBeNull();
  });

  it("checks that both copies match", () => {
    const result = passwordPairSchema().safeParse({
      password: "violet river under the bridge",
      confirmPassword: "violet river under the bridges",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["confirmPassword"], message: "auth.passwordRules.mismatch" });
  });

  it("hashes with argon2id at the OWASP parameters and verifies", async () => {
    const hash = await hashPassword("violet river under the bridge");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "violet river under the bridge")).toBe(true);
    expect(await verifyPassword(hash, "violet river under the bridge ")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });
});
