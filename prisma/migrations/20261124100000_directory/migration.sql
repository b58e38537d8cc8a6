-- Directory: thematic interests on "user", GIN indexes for the language and interest filters, and the
-- search that runs in PostgreSQL (pg_trgm + unaccent). Written by hand in the shape Prisma Migrate emits;
-- the part after "Database-only" cannot be described in schema.prisma and is allow-listed, with reasons,
-- in tests/integration/schema-drift.test.ts.

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "interests" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateIndex
CREATE INDEX "user_languages_idx" ON "user" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "user_interests_idx" ON "user" USING GIN ("interests");

-- Database-only: search.
-- Both extensions are "trusted" (PostgreSQL 13+): a database owner without superuser rights may create them.
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "public";
CREATE EXTENSION IF NOT EXISTS "unaccent" WITH SCHEMA "public";

-- unaccent() is only STABLE (it reads a dictionary chosen by search_path), so it cannot appear in an index or
-- a generated column. Naming the function and its dictionary by schema makes the result depend on the input
-- alone, which is what IMMUTABLE promises. The app folds search terms with the same function.
CREATE FUNCTION "directory_fold"(TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- What the directory's search box matches for a person (name, email, title), case- and accent-folded,
-- kept by PostgreSQL itself; the organization's part is matched through "organization"."search_text".
ALTER TABLE "user" ADD COLUMN "search_text" TEXT GENERATED ALWAYS AS (
    "directory_fold"("name" || ' ' || "email" || ' ' || COALESCE("title", ''))
) STORED;

-- The order of the directory by name: folded, so "álvarez" sorts with "alvarez" and case does not matter.
ALTER TABLE "user" ADD COLUMN "sort_name" TEXT GENERATED ALWAYS AS ("directory_fold"("name")) STORED;

-- An organization as the search box knows it: English and Chinese names, acronym, ISO codes (a State is its
-- focal points' country).
ALTER TABLE "organization" ADD COLUMN "search_text" TEXT GENERATED ALWAYS AS (
    "directory_fold"("name" || ' ' || COALESCE("name_zh", '') || ' ' || COALESCE("acronym", '') || ' ' || COALESCE("iso3", '') || ' ' || COALESCE("iso2", ''))
) STORED;

-- The order of the directory by organization: as organizations are named on the page (entities by acronym).
ALTER TABLE "organization" ADD COLUMN "sort_name" TEXT GENERATED ALWAYS AS ("directory_fold"(COALESCE("acronym", "name"))) STORED;

-- Trigram indexes: substring matching (LIKE '%term%') in any script.
CREATE INDEX "user_search_text_trgm_idx" ON "user" USING GIN ("search_text" gin_trgm_ops);
CREATE INDEX "organization_search_text_trgm_idx" ON "organization" USING GIN ("search_text" gin_trgm_ops);

-- Directory listing in name order.
CREATE INDEX "user_status_sort_name_idx" ON "user" ("status", "sort_name", "id");
