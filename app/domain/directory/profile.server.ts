// A signed-in user's own directory entry: title, phone and whether it is shown, languages, thematic
// interests, time zone and interface language. Optimistic versioning (User.version) and audited.
import { z } from "zod";
import { LOCAL_NAMES } from "~/names";
import { db } from "~/db.server";
import { canEditProfile } from "~/auth/policy";
import { type ActingUser } from "~/auth/guards.server";
import { ensure } from "~/outcomes";
import { supportedLanguages } from "~/i18n/config";
import { auditBy } from "~/audit.server";
import { checkboxField, optionalText, timeZoneField, versionField } from "../../fields";
import { isLanguageCode } from "./languages";
import { PILLAR_NUMBERS } from "../../pillars";

const MAX_LANGUAGES = 12;

const profileSelect = {
  id: true,
  name: true,
  email: true,
  title: true,
  phone: true,
  phoneVisible: true,
  languages: true,
  interests: true,
  timeZone: true,
  locale: true,
  version: true,
  organization: {
    select: { id: true, ...LOCAL_NAMES, acronym: true, kind: true },
  },
} as const;

/** "+41 22 917 1234": international format, so it can be dialled from any country and written as a tel: URI. */
const phoneField = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\+[1-9][0-9 ()-]{4,28}[0-9]$/.test(v), "directory.profile.phoneFormat")
  .optional()
  .transform((v) => (v ? v.replace(/\s+/g, " ") : null));

/** Codes typed by hand ("pt, ko"), for languages not offered as checkboxes. */
const otherLanguagesField = z
  .string()
  .trim()
  .max(100, "errors.tooLong")
  .optional()
  .transform((v) =>
    (v ?? "")
      .toLowerCase()
      .split(/[\s,;]+/)
      .filter(Boolean),
  )
  .refine((codes) => codes.every(isLanguageCode), "directory.profile.languageCodesInvalid");

export const ProfileInput = z
  .object({
    title: optionalText(200),
    phone: phoneField,
    phoneVisible: checkboxField,
    languages: z
      .array(z.string().refine(isLanguageCode, "directory.profile.languageCodesInvalid"))
      .max(MAX_LANGUAGES, "directory.profile.tooManyLanguages"),
    otherLanguages: otherLanguagesField,
    interests: z
      .array(
        z.coerce
          .number()
          .int()
          .refine((n) => (PILLAR_NUMBERS as number[]).includes(n), "errors.invalidField"),
      )
      .max(PILLAR_NUMBERS.length),
    timeZone: timeZoneField,
    locale: z
      .union([z.enum(supportedLanguages), z.literal("")], "errors.invalidField")
      .optional()
      .transform((v) => (v ? v : null)),
    version: versionField,
  })
  .transform(({ otherLanguages, ...profile }) => ({
    ...profile,
    languages: [...new Set([...profile.languages, ...otherLanguages])],
    interests: [...new Set(profile.interests)].sort((a, b) => a - b),
  }))
  .refine((p) => p.languages.length <= MAX_LANGUAGES, { path: ["otherLanguages"], message: "directory.profile.tooManyLanguages" })
  // A phone cannot be shown that is not there: the box would silently mean nothing.
  .refine((p) => !p.phoneVisible || p.phone !== null, { path: ["phoneVisible"], message: "directory.profile.phoneVisibleWithoutPhone" });
export type ProfileInput = z.infer<typeof ProfileInput>;
/** Form fields that carry several values. */
export const PROFILE_ARRAY_FIELDS = ["languages", "interests"] as const;

export async function getOwnProfile(actor: ActingUser) {
  ensure(canEditProfile(actor, actor), "403");
  return db.user.findUniqueOrThrow({ where: { id: actor.id }, select: profileSelect });
}
export type OwnProfile = Awaited<ReturnType<typeof getOwnProfile>>;

type Snapshot = {
  title: string | null;
  phone: string | null;
  phoneVisible: boolean;
  languages: string[];
  interests: number[];
  timeZone: string;
  locale: string | null;
};

/** The audit trail is read by the secretariat: a hidden phone number is recorded only as having changed. */
function auditView(p: Snapshot) {
  return { ...p, phone: p.phone && !p.phoneVisible ? "(hidden)" : p.phone };
}

export type ProfileSaveResult = { ok: true } | { ok: false; errors: Record<string, string>; current: OwnProfile };

export async function updateOwnProfile(actor: ActingUser, input: ProfileInput): Promise<ProfileSaveResult> {
  ensure(canEditProfile(actor, actor), "403");
  const { version, ...changes } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: profileSelect });
    const { count } = await tx.user.updateMany({ where: { id: actor.id, version }, data: { ...changes, version: { increment: 1 } } });
    if (count === 0) {
      const current = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: profileSelect });
      return { ok: false, errors: { form: "common.staleEdit" }, current };
    }
    await auditBy(actor, tx, {
      action: "profile.updated",
      subjectType: "User",
      subjectId: actor.id,
      before: auditView(before),
      after: auditView(changes),
    });
    return { ok: true };
  });
}
