-- A data version for the calendar (issue 17): the month, week and agenda views and the personal feeds keep what they
-- read for each reader's visibility in the process while the events are unchanged (app/data-versions.server.ts).
-- The views read the events, their occurrences and their organizers (the organizer filter); the feeds read the
-- events and their kept VEVENTs (rewritten at start when APP_URL changes, without touching the event). The
-- working groups' names the views show are in "reference". The reader's own answers (event_attendance) are read
-- at every view.

INSERT INTO "data_version" ("name") VALUES ('calendar');

SELECT bump_data_version_on('event', 'calendar');
SELECT bump_data_version_on('event_occurrence', 'calendar');
SELECT bump_data_version_on('event_organizer', 'calendar');
SELECT bump_data_version_on('event_ics', 'calendar');
