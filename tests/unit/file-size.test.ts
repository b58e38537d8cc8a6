// File sizes in the reader's language: the unit chosen by size, plurals from the language ("34 byte" was the defect).
import { describe, expect, it } from "vitest";
import { formatterFor } from "~/ui/format";

describe("file sizes", () => {
  const en = formatterFor("en", "UTC").fileSize;
  const zh = formatterFor("zh", "UTC").fileSize;

  it("spells bytes out with the language's plural", () => {
    expect(en(1)).toBe("1 byte");
    expect(en(34)).toBe("34 bytes");
    expect(en(1023)).toBe("1,023 bytes");
    expect(zh(34)).toBe("34字节");
  });

  it("chooses kilobytes, megabytes or gigabytes by size, one decimal below ten", () => {
    expect(en(1024)).toBe("1 kB");
    expect(en(1536)).toBe("1.5 kB");
    expect(en(12 * 1024 + 300)).toBe("12 kB");
    expect(en(25 * 1024 * 1024)).toBe("25 MB");
    expect(en(2.25 * 1024 ** 3)).toBe("2.3 GB");
    expect(en(5 * 1024 ** 4)).toBe("5,120 GB");
    expect(zh(1536)).toBe("1.5 kB");
    expect(zh(25 * 1024 * 1024)).toBe("25 MB");
  });

  it("writes numbers the reader's way", () => {
    expect(formatterFor("fr", "UTC").fileSize(1536)).toBe("1,5\u202fko");
    expect(formatterFor("fr", "UTC").fileSize(34)).toMatch(/^34\s+octets$/u);
  });
});
