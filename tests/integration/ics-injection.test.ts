// iCalendar injection: text a user wrote (an event's title, place, description, other organizers, and an
// organization's name) must stay one escaped value in every .ics the platform writes — the single-event
// download (whose calendar NAME / X-WR-CALNAME is the title) and the personal feed. The values are written to
// the database directly, as old or imported data could hold them, whatever the forms accept today.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createEvent } from "~/domain/calendar/events.server";
import { writeEventDerivedData } from "~/domain/calendar/occurrences.server";
import { EventInput } from "~/domain/calendar/event-form.server";
import * as icsRoute from "~/routes/_app.calendar.events.$id.download[.ics]";
import * as feedRoute from "~/routes/calendar.feed.$";
import * as feedSettings from "~/routes/_app.profile.calendar";
import { actingAs, callRoute, createUser, seedReference, sessionCookie } from "../support/fixtures";

const INJECTED = "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:injected@evil.example\r\nSUMMARY:Injected\r\nDTSTART:20300101T000000Z\r\nEND:VEVENT";
const hostile = (label: string) => `${label}\r\n${INJECTED}\r\nBEGIN:VEVENT\nX-LF:1\rX-CR:1;a,b\\c\u0007\u001b\u007f end`;

const title = hostile("Briefing");
const fields = {
  description: hostile("Agenda"),
  place: hostile("Room"),
  otherOrganizers: [hostile("Partner")],
};

let eventId: string;
let cookie: string;

beforeAll(async () => {
  await seedReference();
  const user = await createUser({ name: "Calendar Writer", organization: "KEN" });
  cookie = await sessionCookie(user.id);
  const today = new Date().toISOString().slice(0, 10);
  const created = await createEvent(
    await actingAs(user.id),
    EventInput.parse({
      title: "Placeholder",
      kind: "MEETING",
      startDate: today,
      startTime: "09:00",
      endDate: today,
      endTime: "10:00",
      timeZone: "Europe/Vienna",
      organizerIds: [],
      pillars: [],
    }),
  );
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  eventId = created.id;
  await db.event.update({ where: { id: eventId }, data: { title, ...fields } });
  const kenya = await db.organization.findFirstOrThrow({ where: { iso3: "KEN" } });
  await db.eventOrganizer.create({ data: { eventId, organizationId: kenya.id } });
  await db.organization.update({ where: { id: kenya.id }, data: { name: hostile("Kenya") } });
  // The feed serves the VEVENT kept when an event is written: keep it again from the values written directly.
  await writeEventDerivedData(db, eventId);
});

/** Lines after unfolding (RFC 5545 §3.1): a line break followed by a space or tab continues the line. */
function unfoldedLines(text: string) {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}

// What a value becomes once read back: control characters other than line breaks are dropped (RFC 5545
// TEXT allows none), line breaks are kept as line breaks.
// eslint-disable-next-line no-control-regex -- the control characters are the point
const readBack = (value: string) => value.replace(/\r\n|\r/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");

function expectWellFormed(text: string, expectedEvents: number) {
  const lines = unfoldedLines(text);
  // Every line is a property (NAME[;params]:value) and none is a smuggled component or property.
  for (const line of lines.filter(Boolean)) expect(line, line).toMatch(/^[A-Z][A-Z0-9-]*[;:]/);
  expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(expectedEvents);
  expect(lines.filter((l) => l === "END:VEVENT")).toHaveLength(expectedEvents);
  expect(lines.some((l) => /^(UID:injected|SUMMARY:Injected|X-LF|X-CR)/.test(l))).toBe(false);
  // eslint-disable-next-line no-control-regex -- no control character but the CRLF line ends
  expect(/[\u0000-\u0008\u000a-\u001f\u007f]/.test(text.replace(/\r\n/g, ""))).toBe(false);
  // Lines are folded at 75 octets.
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(expectedEvents);
  return { calendar, events };
}

describe("hostile text in an event", () => {
  it("stays one escaped value in the single-event download, its calendar name included", async () => {
    const outcome = await callRoute(icsRoute.loader, { url: `/calendar/events/${eventId}/download.ics`, cookie, params: { id: eventId } });
    expect(outcome.status).toBe(200);
    const text = String(outcome.data);
    const { calendar, events } = expectWellFormed(text, 1);
    expect(calendar.getAllProperties("name")).toHaveLength(1);
    // ical.js reads NAME (RFC 7986) and X-WR-CALNAME as raw values: they hold the title escaped as TEXT.
    const escapedTitle = readBack(title)
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, "\\n");
    expect(calendar.getFirstPropertyValue("name")).toBe(escapedTitle);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(escapedTitle);
    const [event] = events;
    expect(event.uid).toBe(`${eventId}@localhost`);
    expect(event.summary).toBe(readBack(title));
    expect(event.location).toBe(readBack(fields.place));
    expect(event.description).toContain(readBack(fields.description));
    expect(event.description).toContain(readBack(fields.otherOrganizers[0]));
    expect(event.description).toContain(readBack(hostile("Kenya")));
  });

  it("stays one escaped value in the personal feed", async () => {
    const generated = await callRoute(feedSettings.action, { url: "/profile/calendar", cookie, form: { intent: "generate" } });
    const url = (generated.data as { url: string }).url;
    const feed = await callRoute(feedRoute.loader, { url, params: { "*": new URL(url).pathname.split("/").pop()! } });
    expect(feed.status).toBe(200);
    const text = String(feed.data);
    const expected = unfoldedLines(text).filter((l) => l === "BEGIN:VEVENT").length;
    const { events } = expectWellFormed(text, expected);
    const ours = events.filter((e) => e.uid === `${eventId}@localhost`);
    expect(ours).toHaveLength(1);
    expect(ours[0].summary).toBe(readBack(title));
    expect(events.some((e) => e.uid.startsWith("injected"))).toBe(false);
  });
});
