// The store behind idempotent form posts (scripts/lib/idempotency.ts), on the real database.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { submissionKey, SubmissionStore } from "../../scripts/lib/idempotency.ts";

const store = SubmissionStore.connect(process.env.DATABASE_URL!);
afterAll(() => store.close());

const form = (fields: Record<string, string>) => Buffer.from(new URLSearchParams(fields).toString());
const keyOf = (body: Buffer, cookie = "session=abc", url = "/groups/pcve/posts/1") =>
  submissionKey({ method: "POST", url, contentType: "application/x-www-form-urlencoded;charset=UTF-8", cookie, body });

describe("submission keys", () => {
  it("are the same for the same session, address and body, and differ otherwise", () => {
    const body = form({ _formKey: "k1", body: "Hello" });
    expect(keyOf(body)!.equals(keyOf(body)!)).toBe(true);
    expect(keyOf(body)!.equals(keyOf(form({ _formKey: "k1", body: "Hello!" }))!)).toBe(false);
    expect(keyOf(body)!.equals(keyOf(form({ _formKey: "k2", body: "Hello" }))!)).toBe(false);
    expect(keyOf(body)!.equals(keyOf(body, "session=other")!)).toBe(false);
    expect(keyOf(body)!.equals(keyOf(body, "session=abc", "/other")!)).toBe(false);
  });

  it("are not made for anonymous posts, posts without a form key, uploads or other methods", () => {
    expect(keyOf(form({ _formKey: "k1" }), "lng=en")).toBeNull();
    expect(keyOf(form({ body: "x" }))).toBeNull();
    expect(
      submissionKey({
        method: "POST",
        url: "/x",
        contentType: "multipart/form-data; boundary=x",
        cookie: "session=a",
        body: form({ _formKey: "k" }),
      }),
    ).toBeNull();
    expect(submissionKey({ method: "GET", url: "/x", contentType: undefined, cookie: "session=a", body: undefined })).toBeNull();
  });
});

describe("the submission store", () => {
  it("claims a submission once, and replays its answer to every repeat", async () => {
    const key = keyOf(form({ _formKey: randomUUID(), body: "once" }))!;
    expect(await store.claim(key)).toEqual({ kind: "claimed" });
    expect(await store.claim(key)).toEqual({ kind: "pending" });
    const answer = {
      status: 302,
      headers: [
        ["location", "/groups/pcve"],
        ["set-cookie", "flash=1; Path=/"],
      ] as Array<[string, string]>,
      body: Buffer.from(""),
    };
    await store.complete(key, answer);
    const repeat = await store.claim(key);
    expect(repeat.kind).toBe("answered");
    if (repeat.kind === "answered") {
      expect(repeat.answer.status).toBe(302);
      expect(repeat.answer.headers).toEqual(answer.headers);
    }
  });

  it("lets a repeat wait for the first submission to finish", async () => {
    const key = keyOf(form({ _formKey: randomUUID(), body: "wait" }))!;
    await store.claim(key);
    setTimeout(() => void store.complete(key, { status: 204, headers: [], body: null }), 300);
    expect((await store.waitForAnswer(key, 5000))?.status).toBe(204);
  });

  it("releases a refused submission, so that the same form can be sent again", async () => {
    const key = keyOf(form({ _formKey: randomUUID(), body: "refused" }))!;
    await store.claim(key);
    await store.release(key);
    expect(await store.claim(key)).toEqual({ kind: "claimed" });
    const waiting = store.waitForAnswer(key, 5000);
    await store.release(key);
    expect(await waiting).toBeNull();
  });
});
