// zod pieces of the activity forms and filters.
import { z } from "zod";

export const ACTIVITY_KINDS = ["TRAINING", "WORKSHOP", "ASSESSMENT_VISIT", "EXPERT_MEETING", "CONFERENCE", "OUTREACH", "PUBLICATION", "PROGRAMME", "OTHER"] as const;
export const activityKindField = z.enum(ACTIVITY_KINDS, "errors.invalidField");

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
