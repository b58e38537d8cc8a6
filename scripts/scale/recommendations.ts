// Volume data for the recommendations (README, "Scale"): 3,000 assessments of Member States (every
// consent, a third named with two to three entities), 30,000 recommendations (one in six narrowed) and
// about 12,000 responses. Set-based INSERT … SELECT over generate_series; deterministic. Re-running
// replaces the previous volume rows (references SCALE/…).
import { db, Prisma } from "../../app/db.server.ts";

export const SCALE_ASSESSMENTS = 3_000;
export const RECOMMENDATIONS_PER_ASSESSMENT = 10;

const sql = Prisma.sql;

export async function seedRecommendationsAtScale(log: (line: string) => void = console.log) {
  await db.$executeRaw(sql`DELETE FROM assessment WHERE reference LIKE 'SCALE/%'`);
  await db.$executeRaw(sql`
    WITH states AS (SELECT array_agg(id ORDER BY name) AS ids FROM organization WHERE kind = 'MEMBER_STATE')
    INSERT INTO assessment (state_id, kind, reference, start_date, end_date, consent_scope)
    SELECT states.ids[1 + (i * 7) % array_length(states.ids, 1)],
      (ARRAY['VISIT', 'FOLLOW_UP_VISIT', 'DESK_REVIEW'])[1 + i % 3]::"AssessmentKind",
      'SCALE/' || lpad(i::text, 5, '0'), DATE '2015-01-01' + (i * 13) % 4000, DATE '2015-01-01' + (i * 13) % 4000 + 4,
      (ARRAY['NOT_SHARED', 'UN_ENTITIES', 'NAMED'])[1 + i % 3]::"ConsentScope"
    FROM generate_series(1, ${SCALE_ASSESSMENTS}) i, states`);
  const scaleAssessments = sql`SELECT id, substr(reference, 7)::int AS i, consent_scope FROM assessment WHERE reference LIKE 'SCALE/%'`;
  await db.$executeRaw(sql`
    WITH entities AS (SELECT array_agg(id ORDER BY name) AS ids FROM organization WHERE kind <> 'MEMBER_STATE')
    INSERT INTO assessment_consent_organization (assessment_id, organization_id)
    SELECT DISTINCT a.id, entities.ids[1 + (a.i * (k + 3)) % array_length(entities.ids, 1)]
    FROM (${scaleAssessments}) a, entities, generate_series(0, 2) k WHERE a.consent_scope = 'NAMED' AND k <= 1 + a.i % 2`);
  await db.$executeRaw(sql`
    WITH areas AS (SELECT array_agg(id ORDER BY position) AS ids FROM thematic_area)
    INSERT INTO recommendation (assessment_id, number, text, thematic_area_id, pillar, priority, status, consent_scope)
    SELECT a.id, n, 'Scale recommendation ' || a.i || '.' || n || ': strengthen capacity in the area concerned.',
      CASE WHEN (a.i + n) % 9 = 0 THEN NULL ELSE areas.ids[1 + (a.i + n * 3) % array_length(areas.ids, 1)] END,
      1 + (a.i + n) % 4,
      (ARRAY['HIGH', 'MEDIUM', 'LOW'])[1 + (a.i * n) % 3]::"RecommendationPriority",
      (ARRAY['OPEN', 'ARRANGING_ASSISTANCE', 'IN_PROGRESS', 'ADDRESSED', 'NO_LONGER_RELEVANT'])[1 + (a.i + n * 7) % 5]::"RecommendationStatus",
      CASE WHEN (a.i + n) % 6 = 0 THEN 'NOT_SHARED'::"ConsentScope" ELSE NULL END
    FROM (${scaleAssessments}) a, areas, generate_series(1, ${RECOMMENDATIONS_PER_ASSESSMENT}) n`);
  await db.$executeRaw(sql`
    WITH entities AS (SELECT array_agg(id ORDER BY name) AS ids FROM organization WHERE kind = 'COMPACT_ENTITY')
    INSERT INTO recommendation_response (recommendation_id, organization_id, stage, note)
    SELECT DISTINCT ON (r.id, entities.ids[1 + (hashtext(r.id::text) & 1023) % array_length(entities.ids, 1)]) r.id,
      entities.ids[1 + (hashtext(r.id::text) & 1023) % array_length(entities.ids, 1)],
      (ARRAY['OFFERED', 'UNDER_WAY', 'DELIVERED'])[1 + (hashtext(r.id::text) & 1023) % 3]::"ResponseStage", 'Scale response'
    FROM recommendation r JOIN assessment a ON a.id = r.assessment_id, entities
    WHERE a.reference LIKE 'SCALE/%' AND (hashtext(r.id::text) & 1023) % 5 < 2`);
  const [counts] = await db.$queryRaw<Array<{ assessments: number; recommendations: number; responses: number }>>(sql`
    SELECT (SELECT count(*)::int FROM assessment) AS assessments, (SELECT count(*)::int FROM recommendation) AS recommendations,
      (SELECT count(*)::int FROM recommendation_response) AS responses`);
  log(
    `Recommendations at scale: ${counts.assessments} assessments, ${counts.recommendations} recommendations, ${counts.responses} responses.`,
  );
}
