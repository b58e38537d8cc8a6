// zod pieces shared by several forms. Messages are translation keys.
import { z } from "zod";
import { OrganizationKind, PlatformRole, Region, UserStatus } from "./enums";

export const emailField = z
  .string("errors.requiredField")
  .trim()
  .toLowerCase()
  .min(1, "errors.requiredField")
  .max(254, "errors.tooLong")
  .pipe(z.email("errors.invalidEmail"));

export const nameField = z.string("errors.requiredField").trim().min(1, "errors.requiredField").max(200, "errors.tooLong");

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

export const uuidField = z.uuid("errors.invalidField");

export const checkboxField = z
  .union([z.literal("on"), z.literal("true"), z.literal("1"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");

export const versionField = z.coerce.number().int().min(1).max(2_147_483_647);

export const pageField = z.coerce.number().int().min(1).max(100000).catch(1).default(1);

export const platformRoleField = z.enum(PlatformRole, "errors.invalidField");
export const userStatusField = z.enum(UserStatus, "errors.invalidField");
export const organizationKindField = z.enum(OrganizationKind, "errors.invalidField");
export const regionField = z.enum(Region, "errors.invalidField");

/** IANA time-zone names the runtime knows. */
export const timeZoneField = z
  .string()
  .trim()
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return tz.length > 0;
    } catch {
      return false;
    }
  }, "errors.invalidField");

/** "2026-11-23" for a date-only column (stored as UTC midnight). */
export function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date in UTC, as the date-only columns hold it. */
export function todayUtc(now = new Date()): Date {
  return new Date(`${dayString(now)}T00:00:00Z`);
}
