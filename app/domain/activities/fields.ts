// zod pieces of the activity forms and filters.
import { z } from "zod";
import { ActivityKind, valuesOf } from "~/enums";

export const ACTIVITY_KINDS = valuesOf(ActivityKind);
export const activityKindField = z.enum(ActivityKind, "errors.invalidField");

/** An optional whole number ("" = not given). */
export const optionalCount = (max: number, tooBig = "errors.invalidField") =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/[\s,]/g, "") : ""))
    .refine((v) => v === "" || /^\d+$/.test(v), "errors.wholeNumber")
    .transform((v) => (v === "" ? null : Number(v)))
    .refine((v) => v === null || v <= max, tooBig);
