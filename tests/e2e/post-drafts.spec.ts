// Draft posts in the browser: a member saves a post as a draft, finds it under "Your drafts" on the home page,
// opens it with a click and publishes it; another member of the group sees it only then.
import { signIn } from "./helpers";
import { expect, test } from "./people";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.140.0.1" } });

test("a member saves a draft, finds it on the home page, publishes it, and only then the group sees it", async ({
  page,
  browser,
  person,
}) => {
  const author = await person({ organization: "NOR", groups: [[4, "MEMBER"]] });
  const colleague = await person({ organization: "KEN", groups: [[4, "MEMBER"]] });
  const title = `Outline for the group ${Date.now().toString(36)}`;

  await signIn(page, author.email, author.password);
  await page.goto("/groups/criminal-justice-cft/posts/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text").fill("A first outline of our contribution.");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page).toHaveURL(/\/groups\/criminal-justice-cft\/posts\/[0-9a-f-]{36}$/);
  const heading = page.getByRole("heading", { name: title });
  await expect(heading).toContainText("Draft");
  await expect(page.getByText("This is a draft: only you can see it.")).toBeVisible();
  // No comments on a draft.
  await expect(page.getByRole("button", { name: "Comment" })).toHaveCount(0);

  // The colleague does not see it in the group.
  const other = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.140.0.2" } });
  const otherPage = await other.newPage();
  await signIn(otherPage, colleague.email, colleague.password);
  await otherPage.goto("/groups/criminal-justice-cft");
  await expect(otherPage.getByRole("heading", { name: "Discussion" })).toBeVisible();
  await expect(otherPage.getByText(title)).toHaveCount(0);

  // The author's home page lists it under "Your drafts"; a click opens it.
  await page.goto("/");
  const drafts = page.getByRole("region", { name: "Your drafts" });
  await expect(drafts).toContainText("4. ");
  await drafts.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: title })).toContainText("Draft");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Your post is published.")).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).not.toContainText("Draft");
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Your drafts" })).toHaveCount(0);

  // Now the colleague finds it in the group and opens it.
  await otherPage.reload();
  await otherPage.getByRole("link", { name: title }).click();
  await expect(otherPage.getByRole("heading", { name: title })).toBeVisible();
  await expect(otherPage.getByRole("button", { name: "Comment" })).toBeVisible();
  await other.close();
});

test("without JavaScript, a draft is saved, published from its edit form, and another one deleted after confirming", async ({
  browser,
  person,
}) => {
  const author = await person({ organization: "IDN", groups: [[4, "MEMBER"]] });
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": "10.140.0.3" } });
  const page = await context.newPage();
  await signIn(page, author.email, author.password);
  const title = `Plain form outline ${Date.now().toString(36)}`;
  await page.goto("/groups/criminal-justice-cft/posts/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByText("Your draft is saved. Only you can see it.")).toBeVisible();
  await page.getByRole("link", { name: "Edit post" }).click();
  await page.getByLabel("Text").fill("Written without a script.");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Your post is published.")).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).not.toContainText("Draft");

  const discarded = `Plain form discarded ${Date.now().toString(36)}`;
  await page.goto("/groups/criminal-justice-cft/posts/new");
  await page.getByLabel("Title").fill(discarded);
  await page.getByRole("button", { name: "Save as draft" }).click();
  await page.getByRole("button", { name: "Delete draft" }).click();
  await expect(page.getByText("Delete this draft? It cannot be recovered.")).toBeVisible();
  await page.getByRole("button", { name: "Confirm: Delete draft" }).click();
  await expect(page.getByText("Your draft is deleted.")).toBeVisible();
  await expect(page).toHaveURL(/\/groups\/criminal-justice-cft$/);
  await expect(page.getByText(discarded)).toHaveCount(0);
  await context.close();
});
