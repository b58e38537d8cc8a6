// vCard 4.0 (RFC 6350) for directory entries, written by ical.js (which also reads vCard): it escapes
// text values and folds lines at 75 octets without splitting a character, which hand-written or smaller
// libraries tend to get wrong for names in non-Latin scripts.
import ICAL from "ical.js";
import type { TFunction } from "i18next";
import type { Language } from "~/i18n/config";
import { pillarName } from "../../pillars";
import type { DirectoryEntry } from "./people.server";
import { getDirectoryEntry } from "./people.server";
import { directoryPageUrl } from "./export.server";
import { translator } from "~/i18n/i18n.server";
import type { ActingUser } from "~/auth/guards.server";
import { localName } from "../../names";

export const VCARD_CONTENT_TYPE = "text/vcard; charset=utf-8";

// RFC 6350 (and RFC 5545 for iCalendar): lines SHOULD NOT be longer than 75 octets. ical.js folds after
// foldLength octets of content and then adds the continuation space, so 74 keeps every line within 75.
ICAL.foldLength = 74;

/** "+41 22 917 1234" as the tel: URI vCard 4.0 prefers (RFC 3966: global number, visual separators as "-"). */
function telUri(phone: string): string {
  return `tel:${phone
    .trim()
    .replace(/[\s().]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^\+-/, "+")
    .replace(/-$/, "")}`;
}

function organizationLabel(org: DirectoryEntry["organization"], language: Language) {
  return localName(org, language);
}

/** `t` is the reader's translator (`await translator(language)`): group roles are written in their language. */
export function personVCard(person: DirectoryEntry, options: { language: Language; t: TFunction; pageUrl: string }): string {
  const { t } = options;
  const card = new ICAL.Component("vcard");
  card.addPropertyWithValue("version", "4.0");
  card.addPropertyWithValue("prodid", "-//Coordination Platform//Directory//EN");
  card.addPropertyWithValue("uid", `urn:uuid:${person.id}`);
  card.addPropertyWithValue("kind", "individual");
  card.addPropertyWithValue("fn", person.name);
  card.addProperty(orgProperty(organizationLabel(person.organization, options.language), person.organization.acronym));
  if (person.title) card.addPropertyWithValue("title", person.title);
  const email = new ICAL.Property("email");
  email.setParameter("type", "work");
  email.setValue(person.email);
  card.addProperty(email);
  if (person.phone) {
    const tel = new ICAL.Property("tel");
    tel.setParameter("value", "uri");
    tel.setParameter("type", ["work", "voice"]);
    tel.setValue(telUri(person.phone));
    card.addProperty(tel);
  }
  person.languages.forEach((code, index) => {
    const lang = new ICAL.Property("lang");
    lang.setParameter("pref", String(index + 1));
    lang.setValue(code);
    card.addProperty(lang);
  });
  card.addPropertyWithValue("tz", person.timeZone);
  if (person.interests.length) {
    const categories = new ICAL.Property("categories");
    categories.setValues(person.interests.map((n) => pillarName(n, options.language)));
    card.addProperty(categories);
  }
  if (person.memberships.length) {
    const groups = person.memberships.map((m) => {
      const name = localName(m.group, options.language);
      return `${name} (${t(`enums.groupRole.${m.role}`)})`;
    });
    card.addPropertyWithValue("note", `${t("directory.workingGroups")}: ${groups.join("; ")}`);
  }
  card.addPropertyWithValue("url", options.pageUrl);
  return `${card.toString()}\r\n`;
}

function orgProperty(name: string, acronym: string | null) {
  const org = new ICAL.Property("org");
  org.setValue(name);
  if (acronym && acronym !== name) org.setParameter("sort-as", acronym);
  return org;
}

/** A person's vCard file, as the reader may see the person (a hidden phone stays out). */
export async function personVCardFile(actor: ActingUser, id: string, language: Language) {
  const person = await getDirectoryEntry(actor, id);
  const card = personVCard(person, { language, t: await translator(language), pageUrl: directoryPageUrl(person.id) });
  return { body: card, fileName: `${person.name}.vcf` };
}
