// zod pieces shared by the project and activity forms and filters. Messages are translation keys.
import { z } from "zod";

import { FundingStatus, ProjectStatus, Region } from "~/enums";
import { dayField as sharedDayField } from "~/fields";

/** Largest amount a project may carry: whole US dollars in a 32-bit column. */
export const MAX_USD = 2_000_000_000;

/** A calendar day "YYYY-MM-DD" as typed in <input type="date">, kept as a UTC-midnight Date. */
export const dayField = z
  .string("errors.requiredField")
  .trim()
  .min(1, "errors.requiredField")
  .pipe(sharedDayField({ format: "projects.errors.invalidDate" }))
  .transform((day) => new Date(`${day}T00:00:00Z`));

/** Whole US dollars; thousands separators (commas, spaces, apostrophes) are accepted and dropped. */
export const usdField = z
  .string("errors.requiredField")
  .trim()
  .min(1, "errors.requiredField")
  .transform((text) => text.replace(/[\s,'’_]/g, "").replace(/^US\$|^\$|USD$/i, ""))
  .refine((digits) => /^\d+$/.test(digits), "projects.errors.invalidAmount")
  .transform((digits) => Number(digits))
  .refine((amount) => amount <= MAX_USD, "projects.errors.amountTooLarge");

export const optionalUsdField = z
  .string()
  .optional()
  .transform((text) => (text && text.trim() ? text : "0"))
  .pipe(usdField);

export const iso3Field = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "projects.errors.unknownCountry");

/** Pillars of the Global Counter-Terrorism Strategy. */
export const pillarField = z.coerce
  .number("errors.invalidField")
  .int("errors.invalidField")
  .min(1, "errors.invalidField")
  .max(4, "errors.invalidField");

export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "errors.invalidField")
  .max(60);

export const workStatusField = z.enum(ProjectStatus, "errors.invalidField");
export const fundingStatusField = z.enum(FundingStatus, "errors.invalidField");
export const regionOrGlobalField = z.enum({ ...Region, GLOBAL: "GLOBAL" }, "errors.invalidField");

/** An optional select: "" means none. */
export const optionalChoice = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal(""), schema])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : (v as z.output<T>)));

/** Funding status follows the amounts (the database checks the same rule). */
export function fundingStatusOf(budgetUsd: number, securedUsd: number) {
  if (securedUsd >= budgetUsd) return "FULLY_FUNDED" as const;
  if (securedUsd === 0) return "UNFUNDED" as const;
  return "PARTIALLY_FUNDED" as const;
}
