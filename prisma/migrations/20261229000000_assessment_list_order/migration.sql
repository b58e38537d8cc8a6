-- The recommendation list's order (issue 17): newest assessment first, then by reference, then by number. With this
-- index a page of 25 is read assessment by assessment, their recommendations by (assessment_id, number), and stops
-- when it has the page (an incremental sort on the number only); before, every recommendation the reader may read
-- (25,000 of 30,000 for an entity at the scale data) was sorted for each page: 15 ms, now 0.3 ms.
CREATE INDEX "assessment_start_date_reference_idx" ON "assessment"("start_date" DESC, "reference");
