// The focal point in charge of an activity or project (a handover moves it to their successor), as a definition-list
// entry: a link to their directory entry, or their name marked as a former focal point.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";

export function WorkContact({ contact }: { contact: { id: string; name: string; status: string } | null }) {
  const { t } = useTranslation();
  if (!contact) return null;
  return (
    <>
      <dt>{t("nominations.contact")}</dt>
      <dd>
        {contact.status === "ACTIVE" ? (
          <Link to={`/directory/${contact.id}`}>{contact.name}</Link>
        ) : (
          <>
            {contact.name} <span className="muted">({t("nominations.formerFocalPoint")})</span>
          </>
        )}
      </dd>
    </>
  );
}
