// A page of one State's assessments, each with its recommendations and who responded how far (the State view). Drawn
// as kept markup (app/ui/kept-markup.tsx): it takes everything from its data and the i18n instance, and its links
// are plain links.
import { Link } from "~/ui/link";
import { useTranslation } from "react-i18next";
import { formatterFor } from "../format";
import { AssessmentRecommendations } from "./assessment-recommendations";

type Assessment = {
  id: string;
  reference: string;
  kind: string;
  startDate: string;
  endDate: string;
  consentScope: string;
  recommendations: Parameters<typeof AssessmentRecommendations>[0]["items"];
};

export function StateAssessments({ assessments }: { assessments: readonly Assessment[] }) {
  const { t, i18n } = useTranslation();
  // Days (date-only columns) read the same in every time zone.
  const format = formatterFor(i18n.language, "UTC");
  return (
    <>
      {assessments.map((a) => (
        <section key={a.id} aria-labelledby={`assessment-${a.id}`}>
          <h2 id={`assessment-${a.id}`}>
            <Link to={`/recommendations/assessments/${a.id}`}>{a.reference}</Link>
          </h2>
          <p className="small muted">
            {t(`recommendations.kinds.${a.kind}` as never)} · {format.day(a.startDate)}
            {a.endDate !== a.startDate ? ` – ${format.day(a.endDate)}` : ""} · {t(`recommendations.consent.${a.consentScope}` as never)}
          </p>
          <AssessmentRecommendations items={a.recommendations} />
        </section>
      ))}
    </>
  );
}
