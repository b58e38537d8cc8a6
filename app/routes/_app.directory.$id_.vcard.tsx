// /directory/:id/vcard: the person's contact card (vCard 4.0) to add to an address book.
import type { LoaderFunctionArgs } from "@remix-run/node";

import { requireUser, uuidParam } from "~/auth/guards.server";
import { getDirectoryEntry } from "~/domain/directory/people.server";
import { directoryPageUrl } from "~/domain/directory/export.server";
import { personVCard, VCARD_CONTENT_TYPE } from "~/domain/directory/vcard.server";
import { fileResponse } from "~/downloads.server";
import { requestLanguage, translator } from "~/i18n/i18n.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const id = uuidParam(args.params, "id");
  const person = await getDirectoryEntry(user, id);
  const language = await requestLanguage(args.request, user.locale);
  const card = personVCard(person, { language, t: await translator(language), pageUrl: directoryPageUrl(person.id) });
  return fileResponse(card, { contentType: VCARD_CONTENT_TYPE, fileName: `${person.name}.vcf` });
}
