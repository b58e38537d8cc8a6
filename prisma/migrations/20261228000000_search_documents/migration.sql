-- Each searched table keeps its full-text document in a stored generated column (issue 17). A search for a common
-- word ("training" matches more than 1,000 of 20,000 events) reads the rows in the list's order until it has the
-- capped count, and built each row's document again on the way (to_tsvector, ~4 µs a row: 22 of the 26 ms of the
-- events' part of /search); PostgreSQL now builds it once, when the row is written. The documents are the same
-- words as before (20261221000000_search) and their GIN indexes keep their names, now on the column.
-- app/domain/search/text-match.server.ts (searchDocument) names these columns; a file's text keeps its expression
-- index (20261223000000_resource_file_text): it is matched through that index only, never read row by row.

ALTER TABLE "activity" ADD COLUMN "search_document" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", ''))) STORED;
DROP INDEX "activity_search_fts_idx";
CREATE INDEX "activity_search_fts_idx" ON "activity" USING GIN ("search_document");

ALTER TABLE "project" ADD COLUMN "search_document" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("code", ''))) STORED;
DROP INDEX "project_search_fts_idx";
CREATE INDEX "project_search_fts_idx" ON "project" USING GIN ("search_document");

ALTER TABLE "recommendation" ADD COLUMN "search_document" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("text", ''))) STORED;
DROP INDEX "recommendation_search_fts_idx";
CREATE INDEX "recommendation_search_fts_idx" ON "recommendation" USING GIN ("search_document");

ALTER TABLE "event" ADD COLUMN "search_document" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("place", ''))) STORED;
DROP INDEX "event_search_fts_idx";
CREATE INDEX "event_search_fts_idx" ON "event" USING GIN ("search_document");

ALTER TABLE "resource" ADD COLUMN "search_document" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("summary", ''))) STORED;
DROP INDEX "resource_search_fts_idx";
CREATE INDEX "resource_search_fts_idx" ON "resource" USING GIN ("search_document");

ALTER TABLE "post" ADD COLUMN "search_document" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("body", ''))) STORED;
DROP INDEX "post_search_fts_idx";
CREATE INDEX "post_search_fts_idx" ON "post" USING GIN ("search_document");

ALTER TABLE "comment" ADD COLUMN "search_document" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("body", ''))) STORED;
DROP INDEX "comment_search_fts_idx";
CREATE INDEX "comment_search_fts_idx" ON "comment" USING GIN ("search_document");

ALTER TABLE "work_plan_item" ADD COLUMN "search_document" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("title", '') || ' ' || coalesce("description", ''))) STORED;
DROP INDEX "work_plan_item_search_fts_idx";
CREATE INDEX "work_plan_item_search_fts_idx" ON "work_plan_item" USING GIN ("search_document");
