-- Calendar at scale: every occurrence of an event kept in a table indexed by its start, and each event's
-- VEVENT text for the personal feeds, both written with the event (app/domain/calendar/occurrences.server.ts).
-- Events that exist before this migration are filled in by the application when it starts
-- (fillCalendarDerivedData, scripts/lib/launch.ts): recurrence is expanded by the same code as on a write.
-- Written by hand in the shape Prisma Migrate emits.

-- CreateTable
CREATE TABLE "event_occurrence" (
    "event_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "all_day" BOOLEAN NOT NULL,
    "start_day" DATE,
    "end_day" DATE,

    CONSTRAINT "event_occurrence_pkey" PRIMARY KEY ("event_id","starts_at"),
    -- Not expressible in schema.prisma: an occurrence ends after it starts; all-day ones carry their days.
    CONSTRAINT "event_occurrence_times_in_order" CHECK ("ends_at" > "starts_at"),
    CONSTRAINT "event_occurrence_all_day_days" CHECK (("all_day" AND "start_day" IS NOT NULL AND "end_day" IS NOT NULL AND "end_day" >= "start_day") OR (NOT "all_day" AND "start_day" IS NULL AND "end_day" IS NULL))
);

-- CreateTable
CREATE TABLE "event_ics" (
    "event_id" UUID NOT NULL,
    "vevent" TEXT NOT NULL,
    "app_url" TEXT NOT NULL,
    "written_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_ics_pkey" PRIMARY KEY ("event_id")
);

-- CreateIndex
CREATE INDEX "event_occurrence_starts_at_idx" ON "event_occurrence"("starts_at");

-- AddForeignKey
ALTER TABLE "event_occurrence" ADD CONSTRAINT "event_occurrence_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_ics" ADD CONSTRAINT "event_ics_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
