-- Each organization's active focal points (issue 17): the organizations page counts them for its 50 rows and, for
-- its summary, tells for every one of the 239 organizations whether it has any. With an index on organization_id
-- alone, every counted person's row was read from the table (9,500 pages for the summary at the scale data); with
-- the status in the index they are counted from the index alone (the list's counts 3.7 -> 0.8 ms). It replaces the
-- index on organization_id, which it also serves.
CREATE INDEX "user_organization_id_status_idx" ON "user"("organization_id", "status");
DROP INDEX "user_organization_id_idx";
