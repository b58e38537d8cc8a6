// Mentions without JavaScript: the text area is a plain one, and `@[Full name]` written by hand becomes a mention
// of the group's member of that name, shown as a link to their directory page.
import { query } from "./people";
import { signIn } from "./helpers";
import { expect, test } from "./people";

test("without JavaScript a comment mentions a member written as @[Full name]", async ({ browser, person }) => {
  const member = await person({ organization: "KEN", groups: [[4, "MEMBER"]] });
  const title = `Mentions without script ${Date.now().toString(36)}`;
  const [post] = await query<{ id: string }>(
    `INSERT INTO post (group_id, author_id, title, body) SELECT id, $1, $2, 'A post to comment on.' FROM working_group WHERE number = 4 RETURNING id`,
    [member.id, title],
  );
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "X-Forwarded-For": "10.66.0.1" } });
  const page = await context.newPage();
  await signIn(page, member.email, member.password);
  await page.goto(`/groups/criminal-justice-cft/posts/${post.id}`);
  const comment = page.getByLabel("Add a comment");
  // No script: no combobox role on the text area.
  await expect(comment).not.toHaveAttribute("role", "combobox");
  await comment.fill("Could @[lukas steiner] review this? And @[Nobody At All].");
  await page.getByRole("button", { name: "Comment" }).click();
  const link = page.locator(".comment").getByRole("link", { name: "@Lukas Steiner" });
  await expect(link).toHaveAttribute("href", /^\/directory\/[0-9a-f-]{36}$/);
  await expect(page.locator(".comment")).toContainText("@Nobody At All");
  const [mention] = await query<{ name: string }>(
    `SELECT u.name FROM mention m JOIN "user" u ON u.id = m.user_id WHERE m.post_id = $1 AND m.comment_id IS NOT NULL`,
    [post.id],
  );
  expect(mention.name).toBe("Lukas Steiner");
  await context.close();
});
