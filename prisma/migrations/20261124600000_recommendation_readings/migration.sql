-- The access record of the recommendations also says how a reading happened: a recommendation's page,
-- a list that shows its text, or an export. Written by hand in the shape Prisma Migrate emits.

-- CreateEnum
CREATE TYPE "RecommendationReading" AS ENUM ('PAGE', 'LIST', 'EXPORT');

-- AlterTable
ALTER TABLE "recommendation_view" ADD COLUMN     "via" "RecommendationReading" NOT NULL DEFAULT 'PAGE';
