// Unguessable tokens for links sent by mail (invitations, password resets). Only their SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";

export function newToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: sha256(token) };
}

export function sha256(value: string) {
  return createHash("sha256").update(value).digest("hex");
}
