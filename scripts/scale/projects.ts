// Volume data for the project matrix and the activity tracker (README, "Scale"): 5,000 projects with their
// partners, pillars, thematic areas, regions and countries, and 50,000 activities with countries and one or
// two timeline entries each. Set-based INSERT … SELECT over generate_series, so it runs in seconds; values
// are spread deterministically (modular arithmetic on the row number) so every run builds the same data.
// Re-running replaces the previous volume rows (codes SCALE-…, titles "Scale activity …").
import { db, Prisma } from "../../app/db.server.ts";

export const SCALE_PROJECTS = 5_000;
export const SCALE_ACTIVITIES = 50_000;

const sql = Prisma.sql;

export async function seedProjectsAtScale(log: (line: string) => void = console.log) {
  await db.$executeRaw(sql`DELETE FROM activity WHERE title LIKE 'Scale activity %'`);
  await db.$executeRaw(sql`DELETE FROM project WHERE code LIKE 'SCALE-%'`);

  // Projects: a third started before 2025, budgets from USD 100,000 to about 10 million, a quarter unfunded,
  // a quarter fully funded; one in six global; one in five without a working group.
  await db.$executeRaw(sql`
    WITH leads AS (SELECT array_agg(id ORDER BY name) AS ids FROM organization WHERE kind <> 'MEMBER_STATE'),
         groups AS (SELECT array_agg(id ORDER BY number) AS ids FROM working_group),
         rows AS (
           SELECT i, (DATE '2022-01-01' + ((i * 37) % 1800)) AS start_date, 100000 + ((i * 7919) % 9900) * 1000 AS budget FROM generate_series(1, ${SCALE_PROJECTS}) AS i
         ),
         amounts AS (
           SELECT i, start_date, start_date + 180 + (i % 900) AS end_date, budget,
             CASE i % 4 WHEN 0 THEN 0 WHEN 1 THEN budget ELSE (budget / 10) * (1 + i % 9) END AS secured
           FROM rows
         )
    INSERT INTO project (code, title, lead_organization_id, working_group_id, is_global, start_date, end_date, budget_usd, funds_secured_usd, funding_status, in_current_appeal, status)
    SELECT 'SCALE-' || lpad(i::text, 5, '0'), 'Scale project ' || i,
      leads.ids[1 + (i * 7) % array_length(leads.ids, 1)],
      CASE WHEN i % 5 = 0 THEN NULL ELSE groups.ids[1 + i % array_length(groups.ids, 1)] END,
      i % 6 = 0, start_date, end_date, budget, secured,
      (CASE WHEN secured >= budget THEN 'FULLY_FUNDED' WHEN secured = 0 THEN 'UNFUNDED' ELSE 'PARTIALLY_FUNDED' END)::"FundingStatus",
      i % 3 <> 0,
      (CASE WHEN i % 23 = 0 THEN 'CANCELLED' WHEN start_date > CURRENT_DATE THEN 'PLANNED' WHEN end_date < CURRENT_DATE THEN 'COMPLETED' ELSE 'ONGOING' END)::"ProjectStatus"
    FROM amounts, leads, groups`);

  const scaleProjects = sql`SELECT id, substr(code, 7)::int AS i, lead_organization_id, is_global FROM project WHERE code LIKE 'SCALE-%'`;
  await db.$executeRaw(sql`
    INSERT INTO project_pillar (project_id, pillar)
    SELECT p.id, 1 + (p.i + k) % 4 FROM (${scaleProjects}) p, generate_series(0, 1) k WHERE k = 0 OR p.i % 3 = 0`);
  await db.$executeRaw(sql`
    WITH areas AS (SELECT array_agg(id ORDER BY position) AS ids FROM thematic_area)
    INSERT INTO project_thematic_area (project_id, thematic_area_id)
    SELECT DISTINCT p.id, areas.ids[1 + (p.i * (k + 1) * 5 + k) % array_length(areas.ids, 1)]
    FROM (${scaleProjects}) p, areas, generate_series(0, 2) k WHERE k <= p.i % 3`);
  // Countries for national and multi-country projects (one to four), none for global and purely regional ones.
  await db.$executeRaw(sql`
    WITH states AS (SELECT array_agg(id ORDER BY iso3) AS ids FROM organization WHERE kind = 'MEMBER_STATE')
    INSERT INTO project_country (project_id, country_id)
    SELECT DISTINCT p.id, states.ids[1 + (p.i * 31 + k * 57) % array_length(states.ids, 1)]
    FROM (${scaleProjects}) p, states, generate_series(0, 3) k WHERE NOT p.is_global AND p.i % 6 <> 3 AND k <= p.i % 4`);
  await db.$executeRaw(sql`
    INSERT INTO project_region (project_id, region)
    SELECT DISTINCT pc.project_id, o.region FROM project_country pc JOIN organization o ON o.id = pc.country_id
    JOIN project p ON p.id = pc.project_id WHERE p.code LIKE 'SCALE-%' AND o.region IS NOT NULL`);
  await db.$executeRaw(sql`
    INSERT INTO project_region (project_id, region)
    SELECT p.id, (ARRAY['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'])[1 + p.i % 5]::"Region" FROM (${scaleProjects}) p WHERE p.i % 6 = 3`);
  await db.$executeRaw(sql`
    WITH entities AS (SELECT array_agg(id ORDER BY name) AS ids FROM organization WHERE kind <> 'MEMBER_STATE')
    INSERT INTO project_partner (project_id, organization_id)
    SELECT DISTINCT p.id, entities.ids[1 + (p.i * 13 + k * 11) % array_length(entities.ids, 1)]
    FROM (${scaleProjects}) p, entities, generate_series(0, 2) k
    WHERE k < p.i % 4 AND entities.ids[1 + (p.i * 13 + k * 11) % array_length(entities.ids, 1)] <> p.lead_organization_id`);
  log(`projects: ${SCALE_PROJECTS} with their partners, pillars, areas, regions and countries`);

  // Activities: four in five belong to a volume project (and share its lead); dates from 2023 to 2027;
  // one in seventeen is a planned activity whose start date has passed (overdue).
  await db.$executeRaw(sql`
    WITH entities AS (SELECT array_agg(id ORDER BY name) AS ids FROM organization WHERE kind <> 'MEMBER_STATE'),
         areas AS (SELECT array_agg(id ORDER BY position) AS ids FROM thematic_area),
         groups AS (SELECT array_agg(id ORDER BY number) AS ids FROM working_group),
         projects AS (SELECT array_agg(id ORDER BY code) AS ids, array_agg(lead_organization_id ORDER BY code) AS leads FROM project WHERE code LIKE 'SCALE-%'),
         rows AS (SELECT i, DATE '2023-01-01' + ((i * 13) % 1700) AS start_date FROM generate_series(1, ${SCALE_ACTIVITIES}) AS i)
    INSERT INTO activity (title, kind, lead_organization_id, pillar, thematic_area_id, project_id, working_group_id, start_date, end_date, status, participants, women_share_percent)
    SELECT 'Scale activity ' || i,
      (ARRAY['TRAINING', 'WORKSHOP', 'ASSESSMENT_VISIT', 'EXPERT_MEETING', 'CONFERENCE', 'OUTREACH', 'PUBLICATION', 'PROGRAMME', 'OTHER'])[1 + i % 9]::"ActivityKind",
      CASE WHEN i % 5 = 0 THEN entities.ids[1 + i % array_length(entities.ids, 1)] ELSE projects.leads[1 + i % array_length(projects.ids, 1)] END,
      1 + i % 4,
      CASE WHEN i % 10 = 0 THEN NULL ELSE areas.ids[1 + i % array_length(areas.ids, 1)] END,
      CASE WHEN i % 5 = 0 THEN NULL ELSE projects.ids[1 + i % array_length(projects.ids, 1)] END,
      CASE WHEN i % 4 = 0 THEN NULL ELSE groups.ids[1 + i % array_length(groups.ids, 1)] END,
      start_date, start_date + (i % 5),
      (CASE WHEN i % 31 = 0 THEN 'CANCELLED' WHEN i % 17 = 0 OR start_date > CURRENT_DATE THEN 'PLANNED' WHEN start_date + (i % 5) < CURRENT_DATE THEN 'COMPLETED' ELSE 'ONGOING' END)::"ActivityStatus",
      CASE WHEN i % 3 = 0 THEN NULL ELSE 10 + i % 90 END,
      CASE WHEN i % 3 = 0 THEN NULL ELSE 15 + i % 60 END
    FROM rows, entities, areas, groups, projects`);
  const scaleActivities = sql`SELECT id, substr(title, 16)::int AS i, start_date, end_date, status FROM activity WHERE title LIKE 'Scale activity %'`;
  await db.$executeRaw(sql`
    WITH states AS (SELECT array_agg(id ORDER BY iso3) AS ids FROM organization WHERE kind = 'MEMBER_STATE')
    INSERT INTO activity_country (activity_id, country_id)
    SELECT DISTINCT a.id, states.ids[1 + (a.i * 17 + k * 89) % array_length(states.ids, 1)]
    FROM (${scaleActivities}) a, states, generate_series(0, 1) k WHERE a.i % 7 <> 0 AND k <= a.i % 2`);
  await db.$executeRaw(sql`
    WITH entities AS (SELECT array_agg(id ORDER BY name) AS ids FROM organization WHERE kind <> 'MEMBER_STATE')
    INSERT INTO activity_partner (activity_id, organization_id)
    SELECT a.id, entities.ids[1 + (a.i * 19) % array_length(entities.ids, 1)]
    FROM (${scaleActivities}) a JOIN activity x ON x.id = a.id, entities
    WHERE a.i % 3 = 1 AND entities.ids[1 + (a.i * 19) % array_length(entities.ids, 1)] <> x.lead_organization_id`);
  await db.$executeRaw(sql`
    INSERT INTO activity_update (activity_id, occurred_on, body, new_status)
    SELECT a.id, a.start_date - 30, 'Agenda agreed with the national counterparts.', NULL FROM (${scaleActivities}) a
    UNION ALL
    SELECT a.id, a.end_date, 'Completed as planned.', 'COMPLETED'::"ActivityStatus" FROM (${scaleActivities}) a WHERE a.status = 'COMPLETED'`);
  await db.$executeRaw(sql`ANALYZE`);
  log(`activities: ${SCALE_ACTIVITIES} with their countries, partners and timelines`);
}
