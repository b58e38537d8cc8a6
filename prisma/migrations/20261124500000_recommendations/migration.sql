-- Technical-assistance recommendations (issue 7): assessments of Member States, their recommendations,
-- the assessed State's consent (per assessment, narrowed per recommendation) and its dated changes, the
-- follow-up responses of Compact entities, and the access record of outside readers.
-- Written by hand in the shape Prisma Migrate emits.

-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('VISIT', 'FOLLOW_UP_VISIT', 'DESK_REVIEW');

-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('NOT_SHARED', 'UN_ENTITIES', 'NAMED');

-- CreateEnum
CREATE TYPE "RecommendationPriority" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('OPEN', 'ARRANGING_ASSISTANCE', 'IN_PROGRESS', 'ADDRESSED', 'NO_LONGER_RELEVANT');

-- CreateEnum
CREATE TYPE "ResponseStage" AS ENUM ('OFFERED', 'UNDER_WAY', 'DELIVERED');

-- CreateTable
CREATE TABLE "assessment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "state_id" UUID NOT NULL,
    "kind" "AssessmentKind" NOT NULL,
    "reference" TEXT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "consent_scope" "ConsentScope" NOT NULL DEFAULT 'NOT_SHARED',
    "consent_changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "assessment_period_in_order" CHECK ("end_date" >= "start_date")
);

-- CreateTable
CREATE TABLE "assessment_consent_organization" (
    "assessment_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,

    CONSTRAINT "assessment_consent_organization_pkey" PRIMARY KEY ("assessment_id","organization_id")
);

-- CreateTable
CREATE TABLE "recommendation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "assessment_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "thematic_area_id" UUID,
    "pillar" INTEGER,
    "priority" "RecommendationPriority" NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'OPEN',
    "consent_scope" "ConsentScope",
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recommendation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "recommendation_number_positive" CHECK ("number" >= 1),
    CONSTRAINT "recommendation_pillar_in_range" CHECK ("pillar" BETWEEN 1 AND 4)
);

-- CreateTable
CREATE TABLE "recommendation_consent_organization" (
    "recommendation_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,

    CONSTRAINT "recommendation_consent_organization_pkey" PRIMARY KEY ("recommendation_id","organization_id")
);

-- CreateTable
CREATE TABLE "consent_change" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "assessment_id" UUID NOT NULL,
    "recommendation_id" UUID,
    "scope" "ConsentScope",
    "organization_ids" UUID[],
    "changed_by_id" UUID,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consent_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recommendation_response" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "recommendation_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "stage" "ResponseStage" NOT NULL,
    "note" TEXT,
    "project_id" UUID,
    "activity_id" UUID,
    "updated_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recommendation_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recommendation_view" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "recommendation_id" UUID NOT NULL,
    "user_id" UUID,
    "organization_id" UUID NOT NULL,
    "viewed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recommendation_view_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "assessment_reference_key" ON "assessment"("reference");

-- CreateIndex
CREATE INDEX "assessment_state_id_idx" ON "assessment"("state_id");

-- CreateIndex
CREATE INDEX "assessment_consent_organization_organization_id_idx" ON "assessment_consent_organization"("organization_id");

-- CreateIndex
CREATE INDEX "recommendation_thematic_area_id_idx" ON "recommendation"("thematic_area_id");

-- CreateIndex
CREATE INDEX "recommendation_status_priority_idx" ON "recommendation"("status", "priority");

-- CreateIndex
CREATE UNIQUE INDEX "recommendation_assessment_id_number_key" ON "recommendation"("assessment_id", "number");

-- CreateIndex
CREATE INDEX "recommendation_consent_organization_organization_id_idx" ON "recommendation_consent_organization"("organization_id");

-- CreateIndex
CREATE INDEX "consent_change_assessment_id_changed_at_idx" ON "consent_change"("assessment_id", "changed_at");

-- CreateIndex
CREATE INDEX "consent_change_recommendation_id_idx" ON "consent_change"("recommendation_id");

-- CreateIndex
CREATE INDEX "recommendation_response_organization_id_idx" ON "recommendation_response"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "recommendation_response_recommendation_id_organization_id_key" ON "recommendation_response"("recommendation_id", "organization_id");

-- CreateIndex
CREATE INDEX "recommendation_view_viewed_at_idx" ON "recommendation_view"("viewed_at");

-- CreateIndex
CREATE INDEX "recommendation_view_recommendation_id_viewed_at_idx" ON "recommendation_view"("recommendation_id", "viewed_at");

-- AddForeignKey
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_state_id_fkey" FOREIGN KEY ("state_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_consent_organization" ADD CONSTRAINT "assessment_consent_organization_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_consent_organization" ADD CONSTRAINT "assessment_consent_organization_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation" ADD CONSTRAINT "recommendation_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation" ADD CONSTRAINT "recommendation_thematic_area_id_fkey" FOREIGN KEY ("thematic_area_id") REFERENCES "thematic_area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_consent_organization" ADD CONSTRAINT "recommendation_consent_organization_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_consent_organization" ADD CONSTRAINT "recommendation_consent_organization_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent_change" ADD CONSTRAINT "consent_change_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent_change" ADD CONSTRAINT "consent_change_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consent_change" ADD CONSTRAINT "consent_change_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_response" ADD CONSTRAINT "recommendation_response_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_response" ADD CONSTRAINT "recommendation_response_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_response" ADD CONSTRAINT "recommendation_response_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_response" ADD CONSTRAINT "recommendation_response_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_response" ADD CONSTRAINT "recommendation_response_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_view" ADD CONSTRAINT "recommendation_view_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_view" ADD CONSTRAINT "recommendation_view_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_view" ADD CONSTRAINT "recommendation_view_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
