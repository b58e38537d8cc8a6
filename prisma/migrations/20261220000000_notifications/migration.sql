-- Notifications (issue 13): one row per recipient, and each person's choice per kind of how they hear of it.
-- Written by hand in the shape Prisma Migrate emits.

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('MENTION', 'COMMENT', 'GROUP_ACTIVITY', 'JOIN_REQUEST', 'JOIN_DECISION', 'EVENT_CHANGE', 'EVENT_REMINDER', 'RECOMMENDATION', 'RECOMMENDATION_RESPONSE', 'PLAN_CHANGE', 'INVITATION_ACCEPTED', 'WORK_EDITED');

-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('APP', 'IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF');

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "recipient_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "actor_id" UUID,
    "group_id" UUID,
    "recommendation_id" UUID,
    "delivery" "NotificationDelivery" NOT NULL,
    "emailed_at" TIMESTAMPTZ(3),
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preference" (
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,

    CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("user_id","kind")
);

-- CreateTable
CREATE TABLE "notification_unsubscribe" (
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind",
    "digest" "NotificationDelivery",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_unsubscribe_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "notification_recipient_id_read_at_idx" ON "notification"("recipient_id", "read_at");

-- CreateIndex
CREATE INDEX "notification_recipient_id_created_at_idx" ON "notification"("recipient_id", "created_at");

-- CreateIndex
CREATE INDEX "notification_actor_id_idx" ON "notification"("actor_id");

-- CreateIndex
CREATE INDEX "notification_group_id_idx" ON "notification"("group_id");

-- CreateIndex
CREATE INDEX "notification_recommendation_id_idx" ON "notification"("recommendation_id");

-- CreateIndex
CREATE INDEX "notification_delivery_emailed_at_idx" ON "notification"("delivery", "emailed_at");

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "notification_unsubscribe_user_id_idx" ON "notification_unsubscribe"("user_id");

-- AddForeignKey
ALTER TABLE "notification_unsubscribe" ADD CONSTRAINT "notification_unsubscribe_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
