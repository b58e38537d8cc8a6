-- Joint calendar: events, their organizers, attendance answers and personal subscription feeds.
-- Written by hand in the shape Prisma Migrate emits.

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('MEETING', 'WORKSHOP', 'TRAINING', 'CONFERENCE', 'OTHER');

-- CreateEnum
CREATE TYPE "EventVisibility" AS ENUM ('ALL_FOCAL_POINTS', 'GROUP_MEMBERS');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('SCHEDULED', 'POSTPONED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RecurrenceFrequency" AS ENUM ('WEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "AttendanceResponse" AS ENUM ('GOING', 'MAYBE', 'NOT_GOING');

-- CreateTable
CREATE TABLE "event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "description" TEXT,
    "kind" "EventKind" NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'SCHEDULED',
    "visibility" "EventVisibility" NOT NULL DEFAULT 'ALL_FOCAL_POINTS',
    "all_day" BOOLEAN NOT NULL DEFAULT false,
    "time_zone" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "start_date" DATE,
    "end_date" DATE,
    "recurrence_frequency" "RecurrenceFrequency",
    "recurrence_interval" INTEGER NOT NULL DEFAULT 1,
    "recurrence_until" DATE,
    "series_ends_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT,
    "online_url" TEXT,
    "other_organizers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "pillars" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "group_id" UUID,
    "created_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id"),
    -- Not expressible in schema.prisma: an event ends after it starts and lasts until its series ends;
    -- all-day events carry their dates, timed ones none; a group-only event has a group; a recurrence has an end.
    CONSTRAINT "event_times_in_order" CHECK ("ends_at" > "starts_at" AND "series_ends_at" >= "ends_at"),
    CONSTRAINT "event_all_day_dates" CHECK (("all_day" AND "start_date" IS NOT NULL AND "end_date" IS NOT NULL AND "end_date" >= "start_date") OR (NOT "all_day" AND "start_date" IS NULL AND "end_date" IS NULL)),
    CONSTRAINT "event_group_only_has_group" CHECK ("visibility" <> 'GROUP_MEMBERS' OR "group_id" IS NOT NULL),
    CONSTRAINT "event_recurrence_has_end" CHECK (("recurrence_frequency" IS NULL) = ("recurrence_until" IS NULL) AND "recurrence_interval" >= 1)
);

-- CreateTable
CREATE TABLE "event_organizer" (
    "event_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,

    CONSTRAINT "event_organizer_pkey" PRIMARY KEY ("event_id","organization_id")
);

-- CreateTable
CREATE TABLE "event_attendance" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "response" "AttendanceResponse" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_feed" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_feed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "event_starts_at_series_ends_at_idx" ON "event"("starts_at", "series_ends_at");

-- CreateIndex
CREATE INDEX "event_series_ends_at_idx" ON "event"("series_ends_at");

-- CreateIndex
CREATE INDEX "event_group_id_starts_at_idx" ON "event"("group_id", "starts_at");

-- CreateIndex
CREATE INDEX "event_created_by_id_idx" ON "event"("created_by_id");

-- CreateIndex
CREATE INDEX "event_organizer_organization_id_idx" ON "event_organizer"("organization_id");

-- CreateIndex
CREATE INDEX "event_attendance_user_id_response_idx" ON "event_attendance"("user_id", "response");

-- CreateIndex
CREATE UNIQUE INDEX "event_attendance_event_id_user_id_key" ON "event_attendance"("event_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_user_id_key" ON "calendar_feed"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_token_hash_key" ON "calendar_feed"("token_hash");

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "working_group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event" ADD CONSTRAINT "event_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_organizer" ADD CONSTRAINT "event_organizer_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_organizer" ADD CONSTRAINT "event_organizer_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
