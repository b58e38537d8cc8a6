-- Draft posts: a post is published when published_at is set; NULL is a draft only its author reads (no
-- notification, no listing, no search until it is published). Posts written before drafts existed were
-- published when they were written. A row inserted without saying is published (the default): only the app's
-- "Save as draft" writes NULL. Written by hand in the shape Prisma Migrate emits.

-- AlterTable
ALTER TABLE "post" ADD COLUMN     "published_at" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP;

UPDATE "post" SET "published_at" = "created_at";

-- DropIndex (the new index begins with author_id, so it serves the foreign key too)
DROP INDEX "post_author_id_idx";

-- CreateIndex: the home page lists the reader's drafts
CREATE INDEX "post_author_id_published_at_idx" ON "post"("author_id", "published_at");
