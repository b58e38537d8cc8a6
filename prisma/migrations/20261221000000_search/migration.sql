-- One search for everything (/search) and the search boxes of the lists it links to. Database-only: no
-- column changes; indexes Prisma cannot describe (allow-listed with reasons in
-- tests/integration/schema-drift.test.ts). The expressions are those of app/domain/search/text-match.server.ts
-- (textMatch): PostgreSQL uses an index only when the query's expression is the index's, word for word.
-- pg_trgm and unaccent were enabled by 20261124100000_directory; this states the dependency again.
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "public";

-- Full text ("simple" configuration: no language's stemming, the words as written in any language).
CREATE INDEX "activity_search_fts_idx" ON "activity" USING GIN (to_tsvector('simple'::regconfig, coalesce("title", '')));
CREATE INDEX "project_search_fts_idx" ON "project" USING GIN (to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("code", '')));
CREATE INDEX "recommendation_search_fts_idx" ON "recommendation" USING GIN (to_tsvector('simple'::regconfig, coalesce("text", '')));
CREATE INDEX "event_search_fts_idx" ON "event" USING GIN (to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("place", '')));
CREATE INDEX "resource_search_fts_idx" ON "resource" USING GIN (to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("summary", '')));
CREATE INDEX "post_search_fts_idx" ON "post" USING GIN (to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("body", '')));
CREATE INDEX "comment_search_fts_idx" ON "comment" USING GIN (to_tsvector('simple'::regconfig, coalesce("body", '')));
CREATE INDEX "work_plan_item_search_fts_idx" ON "work_plan_item" USING GIN (to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("description", '')));

-- Trigram fallback: substring match (ILIKE '%term%') in any script, e.g. Chinese, which has no spaces between words.
CREATE INDEX "activity_title_trgm_idx" ON "activity" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "project_title_trgm_idx" ON "project" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "project_code_trgm_idx" ON "project" USING GIN ("code" gin_trgm_ops);
CREATE INDEX "recommendation_text_trgm_idx" ON "recommendation" USING GIN ("text" gin_trgm_ops);
CREATE INDEX "assessment_reference_trgm_idx" ON "assessment" USING GIN ("reference" gin_trgm_ops);
CREATE INDEX "event_title_trgm_idx" ON "event" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "event_place_trgm_idx" ON "event" USING GIN ("place" gin_trgm_ops);
CREATE INDEX "resource_title_trgm_idx" ON "resource" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "resource_summary_trgm_idx" ON "resource" USING GIN ("summary" gin_trgm_ops);
CREATE INDEX "tag_name_trgm_idx" ON "tag" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "post_title_trgm_idx" ON "post" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "post_body_trgm_idx" ON "post" USING GIN ("body" gin_trgm_ops);
CREATE INDEX "comment_body_trgm_idx" ON "comment" USING GIN ("body" gin_trgm_ops);
CREATE INDEX "work_plan_item_title_trgm_idx" ON "work_plan_item" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "work_plan_item_description_trgm_idx" ON "work_plan_item" USING GIN ("description" gin_trgm_ops);
