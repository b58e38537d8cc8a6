-- A data version for the people of the directory (issue 17): the directory keeps how many people each of its
-- searches and filters finds in the process while the people, their memberships and organizations are unchanged
-- (app/data-versions.server.ts), rather than counting the ~10,000 active accounts at every view. Organizations and
-- working groups (the group filter reads a group by its address) bump "reference".

INSERT INTO "data_version" ("name") VALUES ('people');

SELECT bump_data_version_on('user', 'people');
SELECT bump_data_version_on('membership', 'people');
