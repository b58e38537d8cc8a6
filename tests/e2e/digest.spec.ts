// Issue 13, done when: a weekly digest for a seeded week lists the right items, and only those the recipient may
// read. A focal point chooses the weekly digest in their settings and Spanish as their language; in the week, a
// colleague posts in two of their groups and mentions them; they leave one of the groups; the weekly digest job runs
// in the app's own worker, and its mail (read from the real SMTP receiver) is in Spanish, grouped by kind, holds the
// two lines of the group they are still in and nothing of the group they left, and its link opens the post.
import { signIn, mailDir } from "./helpers";
import { expect, query, test } from "./people";
import { waitForMail } from "../support/smtp-receiver";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.71.0.1" } });

test("a weekly digest lists the week's posts and mentions in the reader's language, and nothing from a group they left", async ({
  page,
  browser,
  person,
}) => {
  test.slow();
  const stamp = Date.now().toString(36);
  const reader = await person({
    organization: "PER",
    name: `Inés Quispe ${stamp}`,
    groups: [
      [5, "MEMBER"],
      [3, "MEMBER"],
    ],
  });
  const author = await person({
    organization: "KEN",
    name: `Otieno Digest ${stamp}`,
    groups: [
      [5, "MEMBER"],
      [3, "MEMBER"],
    ],
  });

  // The reader chooses the weekly digest for mentions and group activity, then Spanish.
  await signIn(page, reader.email, reader.password);
  await page.getByRole("link", { name: "My account" }).click();
  await page.getByRole("link", { name: "Notification settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notification settings" })).toBeVisible();
  await page.getByLabel("Mentions").selectOption("WEEKLY");
  await page.getByLabel("New posts, files and events in my groups").selectOption("WEEKLY");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").first()).toContainText("Your notification settings are saved.");
  await expect(page.getByLabel("Mentions")).toHaveValue("WEEKLY");
  await page.getByLabel("Language").selectOption("es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  // The week: the author posts in group 5 (once mentioning the reader) and in group 3.
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.71.0.2" } });
  const authorPage = await context.newPage();
  await signIn(authorPage, author.email, author.password);
  const post = async (slug: string, title: string, mention = false) => {
    await authorPage.goto(`/groups/${slug}`);
    await authorPage.getByRole("link", { name: "New post" }).click();
    await authorPage.getByLabel("Title").fill(title);
    const text = authorPage.getByLabel("Text");
    await text.fill("For the weekly digest. ");
    if (mention) {
      // Suggestions come once the page's scripts run (the text area is a combobox then).
      await expect(text).toHaveAttribute("role", "combobox");
      await text.pressSequentially(`@Quispe`);
      await authorPage
        .getByRole("listbox", { name: "Members to mention" })
        .getByRole("option", { name: new RegExp(reader.name) })
        .click();
    }
    await authorPage.getByRole("button", { name: "Publish" }).click();
    await expect(authorPage.getByRole("status")).toContainText("Your post is published.");
  };
  const shared = `Resource mobilization round-up ${stamp}`;
  const mentioned = `Donor mapping needs Peru's view ${stamp}`;
  const left = `Emerging threats working note ${stamp}`;
  await post("resource-mobilization", shared);
  await post("resource-mobilization", mentioned, true);
  await post("emerging-threats", left);
  await context.close();

  // The reader leaves group 3 (confirming), so its post must not reach them any more.
  await page.goto("/groups/emerging-threats");
  await page.getByRole("button", { name: "Abandonar el grupo" }).click();
  await page.getByRole("button", { name: "Confirmar: Abandonar el grupo" }).click();
  await expect(page).toHaveURL(/\/groups$/);

  // Nothing was mailed at once: the reader chose the weekly digest.
  const pending = await query<{ n: string }>(
    `SELECT count(*) AS n FROM notification WHERE recipient_id = $1 AND delivery = 'WEEKLY' AND emailed_at IS NULL`,
    [reader.id],
  );
  expect(Number(pending[0]!.n)).toBe(3);

  // The week ends: the weekly digest job runs in the app's own worker, as its schedule would start it.
  const since = Date.now();
  await query(`SELECT graphile_worker.add_job('digest-weekly', '{}'::json, job_key := $1)`, [`digest-weekly-e2e-${stamp}`]);
  const digest = await waitForMail(mailDir(), reader.email, { since, subject: /resumen semanal/, timeoutMs: 30_000 });
  expect(digest.subject).toBe("Su resumen semanal de la Plataforma de Coordinación");
  expect(digest.text).toContain(`Estimado/a ${reader.name}:`);
  expect(digest.text).toContain(`${author.name} publicó «${shared}»`);
  expect(digest.text).toContain(`${author.name} lo mencionó en «${mentioned}»`);
  expect(digest.text).not.toContain(left);
  expect(digest.html).not.toContain(left);
  expect(digest.headers?.["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  // Each line links to its record: the reader follows the mention's link and reads the post.
  const lines = digest.text.split("\n");
  const at = lines.findIndex((line) => line.includes(mentioned));
  const link = lines[at + 1]?.trim() ?? "";
  expect(link).toMatch(/^https?:\/\/\S+\/groups\/resource-mobilization\/posts\/[0-9a-f-]{36}$/);
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: mentioned })).toBeVisible();

  // Sent once: the digest's rows are marked, and another run mails nothing more to the reader.
  await expect
    .poll(async () => {
      const rows = await query<{ n: string }>(`SELECT count(*) AS n FROM notification WHERE recipient_id = $1 AND emailed_at IS NULL`, [
        reader.id,
      ]);
      return Number(rows[0]!.n);
    })
    .toBe(0);
});
