-- The text inside uploaded files, for the search (app/domain/resources/file-text-reader.server.ts reads it in the job
-- worker; app/domain/resources/library.server.ts matches it with textMatch). Files already stored are read by the
-- worker's sweep (readPendingFileTexts): their file_text_read_at is NULL.
ALTER TABLE "resource" ADD COLUMN "file_text" TEXT;
ALTER TABLE "resource" ADD COLUMN "file_text_read_at" TIMESTAMPTZ(3);

-- The expressions of textMatch(q, [r.file_text]) (see 20261221000000_search): full text and trigram substring.
-- fastupdate off: a file's text is long (up to 200,000 characters), so GIN's pending list of new entries fills
-- fast, and every search would scan it until a vacuum merges it (measured: seconds per search after a thousand
-- files, 20 ms once merged). Entries go straight into the index instead; the cost falls on the job worker's
-- UPDATE, never on the upload or on a search.
CREATE INDEX "resource_file_text_fts_idx" ON "resource" USING GIN (to_tsvector('simple'::regconfig, coalesce("file_text", ''))) WITH (fastupdate = off);
CREATE INDEX "resource_file_text_trgm_idx" ON "resource" USING GIN ("file_text" gin_trgm_ops) WITH (fastupdate = off);
