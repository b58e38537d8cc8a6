-- The calendar's month, week and agenda (issue 17): the occurrences that touch a stretch of days. They were found by
-- their start, from 62 days before the stretch (the longest an event may last) to its end, then filtered: PostgreSQL
-- read ~3,100 occurrences for a week's ~300 and, expecting ~1,500, joined them with every event by hashing all
-- 20,000 (10 of the week's 12 ms at the scale data). This GiST index holds each occurrence's span of time: all-day
-- occurrences from the first day's midnight to the day after the last in UTC, which contains their days in every
-- zone; timed ones from start to end. The views ask it for the spans that overlap the stretch widened by a day on
-- each side (occurrenceSpan in app/domain/calendar/views.server.ts, the same expression), then keep the exact days:
-- its estimate is close, and the few hundred events are read by key (the week's statement 12 → 3.5 ms).
CREATE INDEX "event_occurrence_span_idx" ON "event_occurrence" USING gist ((
  CASE WHEN "all_day" THEN tstzrange(("start_day")::timestamp AT TIME ZONE 'UTC', ("end_day" + 1)::timestamp AT TIME ZONE 'UTC')
       ELSE tstzrange("starts_at", "ends_at") END
));
