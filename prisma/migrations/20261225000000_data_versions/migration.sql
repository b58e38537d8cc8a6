-- Data versions (issues 17 and 18): a number per set of tables that grows whenever a transaction that changed one
-- of them commits. The chart and summary pages count whole tables for readers who see every row; they keep the
-- figures in the process and reuse them while the version they were computed under is current
-- (app/data-versions.server.ts), so a page answers from memory until something it counts changes, on every
-- instance at once.
--
-- The number is bumped by a deferred constraint trigger, which runs as the writing transaction commits: the row
-- lock on data_version is the last lock that transaction takes and it is held only until the commit, so writers
-- never wait on each other for long and cannot deadlock on it. A transaction bumps each version once, however
-- many rows it changed (a transaction-local setting remembers it). TRUNCATE bumps too (statement trigger).
-- Written by hand in the shape Prisma Migrate emits, and the functions and triggers Prisma cannot describe.

-- CreateTable
CREATE TABLE "data_version" (
    "name" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("name")
);

INSERT INTO "data_version" ("name") VALUES ('recommendations'), ('activities'), ('projects');

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('data_version.bumped_' || TG_ARGV[0], true), '') <> 'yes' THEN
    UPDATE data_version SET version = version + 1 WHERE name = TG_ARGV[0];
    PERFORM set_config('data_version.bumped_' || TG_ARGV[0], 'yes', true);
  END IF;
  RETURN NULL;
END
$$;

-- Each table a version's figures are read from, with the version it bumps.
DO $$
DECLARE
  pair text[];
BEGIN
  FOREACH pair SLICE 1 IN ARRAY ARRAY[
    ['recommendation', 'recommendations'],
    ['recommendation_response', 'recommendations'],
    ['assessment', 'recommendations'],
    ['organization', 'recommendations'],
    ['thematic_area', 'recommendations'],
    ['activity', 'activities'],
    ['activity_country', 'activities'],
    ['organization', 'activities'],
    ['project', 'projects'],
    ['project_country', 'projects'],
    ['project_partner', 'projects'],
    ['project_pillar', 'projects'],
    ['project_region', 'projects'],
    ['project_thematic_area', 'projects'],
    ['thematic_area', 'projects'],
    ['working_group', 'projects'],
    ['organization', 'projects']
  ] LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED '
      'FOR EACH ROW EXECUTE FUNCTION bump_data_version(%L)',
      pair[1] || '_bumps_' || pair[2], pair[1], pair[2]);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version(%L)',
      pair[1] || '_truncate_bumps_' || pair[2], pair[1], pair[2]);
  END LOOP;
END
$$;
