// The home page's personal feed: a post in one's group appears under "what is new" and opens with a click
// (client-side navigation, the page is not reloaded); without JavaScript the feed is the same list of links.
import { query } from "./people";
import { signIn, waitForPage } from "./helpers";
import { expect, test } from "./people";

test.use({ extraHTTPHeaders: { "X-Forwarded-For": "10.63.0.1" } });

async function postInGroup4(authorId: string, title: string) {
  const [row] = await query<{ id: string }>(
    `INSERT INTO post (group_id, author_id, title, body) SELECT id, $1, $2, 'Written for the feed test.' FROM working_group WHERE number = 4 RETURNING id`,
    [authorId, title],
  );
  return row.id;
}

test("a new post in my group is in my feed and opens with a click", async ({ page, person }) => {
  const author = await person({ organization: "NOR", groups: [[4, "MEMBER"]] });
  const reader = await person({ organization: "KEN", groups: [[4, "MEMBER"]] });
  const title = `Feed news ${Date.now().toString(36)}`;
  const postId = await postInGroup4(author.id, title);
  await signIn(page, reader.email, reader.password);
  await page.goto("/");
  // Until React has hydrated the page, a click on a link loads a new document.
  await waitForPage(page);
  const feed = page.getByRole("region", { name: "What is new in the last two weeks" });
  await expect(feed).toContainText("Post");
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await feed.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/criminal-justice-cft/posts/${postId}$`));
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  // Client-side navigation: the same document, not a reload.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  // Empty sections say what to do next.
  await page.goBack();
  await expect(page.getByRole("region", { name: "Your upcoming events" })).toContainText("The calendar shows what is coming");
  await expect(page.getByRole("region", { name: "Waiting for you" })).toContainText("Nothing is waiting for you.");
});

test("the feed works without JavaScript, and a non-member never sees a group's post", async ({ browser, person }) => {
  const author = await person({ organization: "NOR", groups: [[4, "MEMBER"]] });
  const reader = await person({ organization: "IDN", groups: [[4, "MEMBER"]] });
  const outsider = await person({ organization: "IDN", groups: [[7, "MEMBER"]] });
  const title = `Feed without script ${Date.now().toString(36)}`;
  await postInGroup4(author.id, title);
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": "10.63.0.2" } });
  const page = await context.newPage();
  await signIn(page, reader.email, reader.password);
  await page.goto("/");
  const feed = page.getByRole("region", { name: "What is new in the last two weeks" });
  await feed.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await context.close();

  const other = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.63.0.3" } });
  const otherPage = await other.newPage();
  await signIn(otherPage, outsider.email, outsider.password);
  await otherPage.goto("/");
  await expect(otherPage.getByRole("heading", { name: "What is new in the last two weeks" })).toBeVisible();
  await expect(otherPage.getByText(title)).toHaveCount(0);
  await other.close();
});
