-- Data versions for the lists (issue 17): the list pages keep their counts and the reference lists that label them
-- in the process while their data is unchanged (app/data-versions.server.ts).
-- * A version "reference" for the reference lists (organizations, thematic areas, working groups).
-- * A recommendation count depends on the reader's consent lists: those two tables bump "recommendations" too.
-- The triggers are made as in migration 20261225000000_data_versions.

INSERT INTO "data_version" ("name") VALUES ('reference');

DO $$
DECLARE
  pair text[];
BEGIN
  FOREACH pair SLICE 1 IN ARRAY ARRAY[
    ['organization', 'reference'],
    ['thematic_area', 'reference'],
    ['working_group', 'reference'],
    ['assessment_consent_organization', 'recommendations'],
    ['recommendation_consent_organization', 'recommendations']
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
