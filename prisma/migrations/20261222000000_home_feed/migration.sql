-- The home feed's "since my last visit": when the person last opened the home page (a visit starts when more
-- than 30 minutes passed since then) and when the visit before began, the feed's cut-off. Written at most once
-- per visit, not on every page. Written by hand in the shape Prisma Migrate emits.

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "home_seen_at" TIMESTAMPTZ(3),
ADD COLUMN     "home_previous_seen_at" TIMESTAMPTZ(3);
