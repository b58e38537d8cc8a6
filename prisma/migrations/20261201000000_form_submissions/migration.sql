-- Idempotent form submissions: every form carries a key per render; the server keeps the answer to the
-- first submission of a (session, address, body) and replays it to a repeat, so a double click or a retry
-- after a timeout never writes twice. Written by hand in the shape Prisma Migrate emits.

-- CreateTable
CREATE TABLE "form_submission" (
    "key_hash" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),
    "status" INTEGER,
    "headers" JSONB,
    "body" BYTEA,

    CONSTRAINT "form_submission_pkey" PRIMARY KEY ("key_hash")
);

-- CreateIndex
CREATE INDEX "form_submission_created_at_idx" ON "form_submission"("created_at");
