-- Nominations and handover: lead focal points, designation periods, former focal points, the nominations a lead
-- makes and the secretariat decides, and the focal point in charge of an activity, a project or a response to a
-- recommendation (what a handover moves). Written by hand in the shape Prisma Migrate emits.

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('PENDING', 'APPROVED', 'DECLINED');

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "lead_since" TIMESTAMPTZ(3),
ADD COLUMN     "designation_ends_on" DATE,
ADD COLUMN     "designation_reminded_at" TIMESTAMPTZ(3),
ADD COLUMN     "left_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "activity" ADD COLUMN     "contact_id" UUID;

-- AlterTable
ALTER TABLE "project" ADD COLUMN     "contact_id" UUID;

-- AlterTable
ALTER TABLE "recommendation_response" ADD COLUMN     "contact_id" UUID;

-- CreateTable
CREATE TABLE "nomination" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "nominated_by_id" UUID,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "locale" TEXT NOT NULL,
    "designation_ends_on" DATE,
    "note" TEXT,
    "status" "NominationStatus" NOT NULL DEFAULT 'PENDING',
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decline_reason" TEXT,
    "invitation_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "nomination_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "nomination_email_lower_case" CHECK ("email" = lower("email"))
);

-- CreateTable
CREATE TABLE "nomination_group" (
    "nomination_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,

    CONSTRAINT "nomination_group_pkey" PRIMARY KEY ("nomination_id","group_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "nomination_invitation_id_key" ON "nomination"("invitation_id");

-- CreateIndex
CREATE INDEX "nomination_organization_id_status_idx" ON "nomination"("organization_id", "status");

-- CreateIndex
CREATE INDEX "nomination_status_created_at_idx" ON "nomination"("status", "created_at");

-- CreateIndex
CREATE INDEX "nomination_nominated_by_id_idx" ON "nomination"("nominated_by_id");

-- CreateIndex
CREATE INDEX "nomination_decided_by_id_idx" ON "nomination"("decided_by_id");

-- One pending nomination per address: a second one for the same person is merged into it.
CREATE UNIQUE INDEX "nomination_pending_email_key" ON "nomination"("email") WHERE "status" = 'PENDING';

-- CreateIndex
CREATE INDEX "nomination_group_group_id_idx" ON "nomination_group"("group_id");

-- CreateIndex
CREATE INDEX "activity_contact_id_idx" ON "activity"("contact_id");

-- CreateIndex
CREATE INDEX "project_contact_id_idx" ON "project"("contact_id");

-- CreateIndex
CREATE INDEX "recommendation_response_contact_id_idx" ON "recommendation_response"("contact_id");

-- AddForeignKey
ALTER TABLE "nomination" ADD CONSTRAINT "nomination_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nomination" ADD CONSTRAINT "nomination_nominated_by_id_fkey" FOREIGN KEY ("nominated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nomination" ADD CONSTRAINT "nomination_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nomination" ADD CONSTRAINT "nomination_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "invitation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nomination_group" ADD CONSTRAINT "nomination_group_nomination_id_fkey" FOREIGN KEY ("nomination_id") REFERENCES "nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nomination_group" ADD CONSTRAINT "nomination_group_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation_response" ADD CONSTRAINT "recommendation_response_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
