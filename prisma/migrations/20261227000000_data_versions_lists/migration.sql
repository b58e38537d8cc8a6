-- Data versions for the lists (issue 17): the list pages keep their counts and the reference lists that label them
-- in the process while their data is unchanged (app/data-versions.server.ts).
-- * A version "reference" for the reference lists and pickers (organizations, thematic areas, working groups).
-- * A recommendation count depends on the reader's consent lists: those two tables bump "recommendations" too.
-- The triggers are those of migration 20261225000000_data_versions, made by a function later migrations can call.

INSERT INTO "data_version" ("name") VALUES ('reference');

CREATE FUNCTION bump_data_version_on(table_name text, set_name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED '
    'FOR EACH ROW EXECUTE FUNCTION bump_data_version(%L)',
    left(table_name || '_bumps_' || set_name, 63), table_name, set_name);
  EXECUTE format(
    'CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version(%L)',
    left(table_name || '_truncate_bumps_' || set_name, 63), table_name, set_name);
END
$$;

SELECT bump_data_version_on('organization', 'reference');
SELECT bump_data_version_on('thematic_area', 'reference');
SELECT bump_data_version_on('working_group', 'reference');
SELECT bump_data_version_on('assessment_consent_organization', 'recommendations');
SELECT bump_data_version_on('recommendation_consent_organization', 'recommendations');
