-- The home page's feed (issue 17) reads the ten newest recommendations and the ten newest responses since the
-- reader's last visit. Without an index on those times, every recommendation (30,000 at the scale data) was joined
-- with its assessment and sorted to keep ten, and the same for 12,000 responses: the feed's statement took 97 ms
-- for the secretariat, who may read them all. Read backwards through these indexes, it stops at the tenth
-- (1.3 ms).
CREATE INDEX "recommendation_created_at_idx" ON "recommendation"("created_at");
CREATE INDEX "recommendation_response_updated_at_idx" ON "recommendation_response"("updated_at");
