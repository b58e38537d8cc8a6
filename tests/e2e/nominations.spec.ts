// Nominations and handover as their users meet them (issue 19): a State's lead nominates a colleague, the secretariat
// approves, the invitation arrives over SMTP in the nominee's language and brings them into the named groups; a
// focal point who chairs a working group hands their work over to a successor and is suspended.
import { firstLink, waitForMail } from "../support/smtp-receiver";
import { acceptInvitation, mailDir, signIn, signOut, uniqueEmail } from "./helpers";
import { expect, query, test } from "./people";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.31.0.1" } });

test("Kenya's lead nominates a colleague, the secretariat approves, and the colleague joins in the named groups", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("nominee");
  const name = `Achieng Nominee ${Math.floor(Math.random() * 1e5)}`;
  await signIn(page, "kenya@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Directory" }).click();
  await page.getByRole("link", { name: "Organizations", exact: true }).click();
  await page.getByRole("link", { name: "Kenya", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Kenya", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Nominate a colleague" }).click();
  await expect(page.getByRole("heading", { name: "Nominate a focal point" })).toBeVisible();
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Title or position").fill("Counsellor, Permanent Mission");
  await page.getByLabel("Language of the invitation").selectOption("fr");
  const groups = page.getByRole("group", { name: "Working groups to join" });
  await groups.getByLabel(/^3\. /).check();
  await groups.getByLabel(/^7\. /).check();
  await page.getByRole("button", { name: "Send the nomination" }).click();
  await expect(page.getByRole("status")).toContainText(`The nomination of ${name} was sent to the secretariat.`);
  await expect(page.getByRole("region", { name: "Nominations" })).toContainText(name);
  await signOut(page);

  await signIn(page, "secretariat@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Administration" }).click();
  await page.getByRole("link", { name: "Nominations", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Nominations waiting for a decision" })).toBeVisible();
  const since = Date.now();
  await page.getByRole("button", { name: `Approve and invite ${name}` }).click();
  await expect(page.getByRole("status")).toContainText(`${name} was approved`);
  const invitation = await waitForMail(mailDir(), email, { since });
  expect(invitation.subject).toBe("Invitation à rejoindre la Plateforme de coordination");
  const told = await waitForMail(mailDir(), "kenya@demo.test", { since, subject: /Nomination approved/ });
  expect(told.text).toContain(name);

  const nominee = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.31.0.2" } });
  const nomineePage = await nominee.newPage();
  await acceptInvitation(nomineePage, firstLink(invitation), "long rains over the rift valley");
  // Signed in, in the language the lead chose for them, and in the two groups.
  await expect(nomineePage.locator("html")).toHaveAttribute("lang", "fr");
  await nomineePage.getByRole("navigation", { name: "Votre compte" }).getByRole("link", { name: "Mon profil" }).click();
  await nomineePage.getByRole("link", { name: "Voir ma fiche dans l’annuaire" }).click();
  const seats = nomineePage.getByRole("region", { name: "Groupes de travail" });
  await expect(seats.getByRole("link", { name: /^3\. / })).toBeVisible();
  await expect(seats.getByRole("link", { name: /^7\. / })).toBeVisible();
  await nominee.close();
});

test("UNODC's focal point who chairs group 4 hands over to a successor, and is suspended", async ({ page, person }) => {
  const leaver = await person({ organization: "UNODC", name: `Leaving Chair ${Math.floor(Math.random() * 1e5)}`, groups: [[4, "CHAIR"]] });
  const successor = await person({ organization: "UNODC", name: `Successor ${Math.floor(Math.random() * 1e5)}` });
  const tag = Math.random().toString(36).slice(2, 8);
  const [activity] = await query<{ id: string }>(
    `INSERT INTO activity (title, kind, lead_organization_id, pillar, start_date, end_date, contact_id)
     SELECT $1, 'WORKSHOP', organization_id, 1, '2027-03-01', '2027-03-03', id FROM "user" WHERE id = $2 RETURNING id`,
    [`Border workshop ${tag}`, leaver.id],
  );
  const [response] = await query<{ id: string }>(
    `WITH a AS (INSERT INTO assessment (state_id, kind, reference, start_date, end_date)
                SELECT id, 'VISIT', $1, '2026-02-01', '2026-02-05' FROM organization WHERE iso3 = 'KEN' RETURNING id),
          r AS (INSERT INTO recommendation (assessment_id, number, text, priority) SELECT id, 1, $2, 'HIGH' FROM a RETURNING id)
     INSERT INTO recommendation_response (recommendation_id, organization_id, stage, contact_id)
     SELECT r.id, u.organization_id, 'OFFERED', u.id FROM r, "user" u WHERE u.id = $3 RETURNING id`,
    [`E2E-${tag}`, `Strengthen border screening ${tag}`, leaver.id],
  );

  await signIn(page, leaver.email, leaver.password);
  await page.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: "My profile" }).click();
  await page.getByRole("link", { name: "See my entry in the directory" }).click();
  await page.getByRole("link", { name: "United Nations Office on Drugs and Crime" }).click();
  await page.getByRole("link", { name: "Hand over" }).click();
  await expect(page.getByRole("heading", { name: "Hand over to a successor" })).toBeVisible();
  await page.getByLabel("Successor").selectOption({ label: successor.name });
  await page.getByRole("button", { name: "Show what moves" }).click();

  const preview = page.getByRole("region", { name: `What moves to ${successor.name}` });
  await expect(preview.getByRole("region", { name: /Working groups and roles/ })).toContainText("Chair");
  await expect(preview.getByRole("region", { name: /Working groups and roles/ }).getByRole("link", { name: /^4\. / })).toBeVisible();
  await expect(preview.getByRole("region", { name: /Activities they are the contact for/ })).toContainText(`Border workshop ${tag}`);
  await expect(preview.getByRole("region", { name: /Open responses to recommendations/ })).toContainText(
    `Strengthen border screening ${tag}`,
  );
  await page.getByRole("button", { name: `Hand over from ${leaver.name} to ${successor.name}` }).click();
  // Whoever hands over their own work is signed out.
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("status")).toContainText(`The work of ${leaver.name} was handed over to ${successor.name}`);

  const [group4] = await query<{ role: string }>(
    `SELECT m.role FROM membership m JOIN working_group g ON g.id = m.group_id WHERE g.number = 4 AND m.user_id = $1`,
    [successor.id],
  );
  expect(group4?.role).toBe("CHAIR");
  expect(await query(`SELECT 1 FROM activity WHERE id = $1 AND contact_id = $2`, [activity.id, successor.id])).toHaveLength(1);
  expect(await query(`SELECT 1 FROM recommendation_response WHERE id = $1 AND contact_id = $2`, [response.id, successor.id])).toHaveLength(
    1,
  );

  await page.getByLabel("Email").fill(leaver.email);
  await page.getByLabel("Password").fill(leaver.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("This account is suspended");

  // The successor chairs group 4 as the group's members page shows it.
  await signIn(page, successor.email, successor.password);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Working groups" }).click();
  await page.getByRole("link", { name: /^4\. / }).first().click();
  await page.getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("row", { name: new RegExp(successor.name) })).toContainText("Chair");
});
