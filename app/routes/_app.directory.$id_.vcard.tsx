// /directory/:id/vcard: the person's contact card (vCard 4.0) to add to an address book.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { notFound, requireUser } from "~/auth/guards.server";
import { getDirectoryEntry } from "~/domain/directory/people.server";
import { directoryPageUrl } from "~/domain/directory/export.server";
import { personVCard, VCARD_CONTENT_TYPE } from "~/domain/directory/vcard.server";
import { download } from "~/download.server";
import { requestLanguage, translator } from "~/i18n/i18n.server";

const Params = z.object({ id: z.uuid() });

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const params = Params.safeParse(args.params);
  if (!params.success) notFound();
  const person = await getDirectoryEntry(user, params.data.id);
  const language = await requestLanguage(args.request, user.locale);
  const card = personVCard(person, { language, t: await translator(language), pageUrl: directoryPageUrl(person.id) });
  return download(card, { contentType: VCARD_CONTENT_TYPE, baseName: person.name, extension: "vcf" });
}
