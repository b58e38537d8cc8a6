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

/**
 * Characters no text on the platform may hold: C0 controls other than tab, line feed and carriage return,
 * and DEL. PostgreSQL refuses NUL in text (error 22021), and the others only ever come from a mistake or an
 * attack. Every form value is checked against this by the form reader (app/forms.server.ts parseFormData),
 * and every search parameter by parseSearchParams, so no field can forget it.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const hasControlCharacters = (value: string) => CONTROL_CHARACTERS.test(value);

/** Years a calendar day may fall in: every real date fits, and luxon, rrule and PostgreSQL handle them all (no year 0000). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/**
 * The one date field: a calendar day "YYYY-MM-DD" as typed in <input type="date">, from FIRST_YEAR to
 * LAST_YEAR. `messages` names the translation keys for a malformed and an out-of-range day.
 */
export function dayField(messages: { format?: string; range?: string } = {}) {
  return z.iso.date(messages.format ?? "errors.invalidDate").refine((day) => {
    const year = Number(day.slice(0, 4));
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }, messages.range ?? "errors.dateOutOfRange");
}

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

/** A JSON object sent in one form field (a passkey's answer from the browser library), at most `max` characters. */
export function jsonObjectField(message: string, max = 16_000) {
  return z
    .string()
    .max(max, "errors.tooLong")
    .transform((text, context) => {
      try {
        const value: unknown = JSON.parse(text);
        if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
      } catch {
        // answered below
      }
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    });
}
