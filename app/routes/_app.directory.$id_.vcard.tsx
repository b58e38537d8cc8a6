// /directory/:id/vcard: the person's contact card (vCard 4.0) to add to an address book.
import type { LoaderFunctionArgs } from "@remix-run/node";

import { requireUser, uuidParam } from "~/auth/guards.server";

import { VCARD_CONTENT_TYPE } from "~/domain/directory/vcard.server";
import { fileResponse } from "~/downloads.server";
import { requestLanguage } from "~/i18n/i18n.server";
import { personVCardFile } from "~/domain/directory/vcard.server";

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args);
  const language = await requestLanguage(args.request, user.locale);
  const file = await personVCardFile(user, uuidParam(args.params, "id"), language);
  return fileResponse(file.body, { contentType: VCARD_CONTENT_TYPE, fileName: file.fileName });
}
