-- The people's data version (migration 20270105000000_people_data_version) is bumped by every change to an account,
-- and so by every sign-in (last_sign_in_at) and every first opening of the home page after a gap (home_seen_at): on a
-- working day, several times a minute, each time dropping every directory count and search kept under it
-- (app/data-versions.server.ts). Those columns, the designation reminder's mark and updated_at are read by no kept
-- statement (the admin's list of users, which shows the last sign-in, is read at each view), so an update that
-- changes nothing else no longer bumps it. Inserts and deletes bump it as before.

DROP TRIGGER "user_bumps_people" ON "user";

CREATE CONSTRAINT TRIGGER "user_bumps_people" AFTER INSERT OR DELETE ON "user"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version('people');

CREATE CONSTRAINT TRIGGER "user_change_bumps_people" AFTER UPDATE ON "user"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (
    (to_jsonb(OLD) - ARRAY['last_sign_in_at', 'home_seen_at', 'home_previous_seen_at', 'designation_reminded_at', 'updated_at'])
    IS DISTINCT FROM
    (to_jsonb(NEW) - ARRAY['last_sign_in_at', 'home_seen_at', 'home_previous_seen_at', 'designation_reminded_at', 'updated_at'])
  )
  EXECUTE FUNCTION bump_data_version('people');
