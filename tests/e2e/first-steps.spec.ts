// A newcomer's first visit: the secretariat provisions them (into groups or not), and their home page says
// what to do next instead of "you are not a member of any group".
import { expect, test } from "@playwright/test";
import { acceptInvitation, inviteThroughAdmin, signIn, uniqueEmail } from "./helpers";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.62.0.1" } });

test("the secretariat invites a focal point into two groups, which they are in once they accept", async ({ page, browser }) => {
  const email = uniqueEmail("provisioned");
  await signIn(page, "secretariat@demo.test");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Administration" }).click();
  await page.getByRole("link", { name: "Invitations" }).first().click();
  await expect(page.getByRole("heading", { name: "Pending invitations" })).toBeVisible();
  const link = await inviteThroughAdmin(page, { email, name: "Tomás Provisioned", organization: "Chile", groups: [2, 7] });
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("2. ");

  const newcomer = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.62.0.2" } });
  const newcomerPage = await newcomer.newPage();
  await acceptInvitation(newcomerPage, link, "copper mines of the atacama");
  const groups = newcomerPage.getByRole("list", { name: "Your working groups" });
  await expect(groups.getByRole("listitem")).toHaveCount(2);
  await expect(groups).toContainText("2. ");
  await expect(groups).toContainText("7. ");
  // Their groups are found; the profile and the calendar are still to do.
  const steps = newcomerPage.getByRole("region", { name: "First steps" });
  await expect(steps.getByRole("listitem").filter({ hasText: "Complete your profile" })).toContainText("To do");
  await expect(steps.getByRole("listitem").filter({ hasText: "Find your working groups" })).toContainText("Done");
  await newcomer.close();
});

test("a newcomer without groups is shown first steps and asks to join a group from the home page", async ({ page, browser }) => {
  const email = uniqueEmail("newcomer");
  await signIn(page, "admin@demo.test");
  const link = await inviteThroughAdmin(page, { email, name: "Aroha Newcomer", organization: "New Zealand" });
  const newcomer = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.62.0.3" } });
  const newcomerPage = await newcomer.newPage();
  await acceptInvitation(newcomerPage, link, "kauri forests and southern alps");
  const steps = newcomerPage.getByRole("region", { name: "First steps" });
  await expect(steps).toBeVisible();
  await steps.getByRole("button", { name: /^Ask to join: 3\. / }).click();
  await expect(newcomerPage.getByRole("status").first()).toContainText("Your request to join has been sent to the chairs.");
  await newcomerPage.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Home" }).click();
  await expect(
    newcomerPage
      .getByRole("region", { name: "First steps" })
      .getByRole("listitem")
      .filter({ hasText: /^.*3\. / })
      .first(),
  ).toContainText("Your request to join is waiting for a chair's decision.");
  await steps.getByRole("link", { name: "Subscribe to the calendar" }).click();
  await expect(newcomerPage).toHaveURL(/\/profile\/calendar$/);
  await newcomer.close();
});
