import { describe, expect, it } from "vitest";
import { compareNames, groupDescription, groupName, inLanguage, localName, organizationFullName, organizationName } from "~/names";

const norway = { name: "Norway", nameZh: "挪威", nameAr: "النرويج", nameFr: "Norvège", nameRu: "Норвегия", nameEs: "Noruega" };
const unodc = { ...norway, name: "United Nations Office on Drugs and Crime", nameZh: "联合国毒品和犯罪问题办公室", acronym: "UNODC" };

describe("names in the reader's language", () => {
  it("gives each language its own name, and English when the record has none", () => {
    expect(localName(norway, "ar")).toBe("النرويج");
    expect(localName(norway, "fr")).toBe("Norvège");
    expect(localName(norway, "ru")).toBe("Норвегия");
    expect(localName(norway, "es-MX")).toBe("Noruega");
    expect(localName(norway, "zh-CN")).toBe("挪威");
    expect(localName(norway, "en")).toBe("Norway");
    expect(localName({ name: "Norway", nameAr: null, nameFr: "" }, "fr")).toBe("Norway");
  });

  it("knows entities by their acronym except in Chinese, and by their full name when asked", () => {
    expect(organizationName(unodc, "ar")).toBe("UNODC");
    expect(organizationName(unodc, "zh")).toBe("联合国毒品和犯罪问题办公室");
    expect(organizationFullName(unodc, "ru")).toBe("Норвегия");
    expect(groupName({ ...norway, number: 1 }, "es")).toBe("Noruega");
  });

  it("names a record sent to the browser in the reader's language only, leaving the other names out", () => {
    const sent = inLanguage({ ...unodc, id: "u1" }, "ru");
    expect(sent).toEqual({ id: "u1", name: "Норвегия", acronym: "UNODC" });
    expect(localName(sent, "ru")).toBe("Норвегия");
    expect(organizationName(inLanguage(unodc, "zh"), "zh")).toBe("联合国毒品和犯罪问题办公室");
    expect(JSON.stringify(inLanguage(norway, "fr"))).toBe('{"name":"Norvège"}');
  });

  it("describes a group in the reader's language", () => {
    expect(groupDescription({ description: "Borders", descriptionAr: "الحدود" }, "ar")).toBe("الحدود");
    expect(groupDescription({ description: "Borders", descriptionAr: "الحدود" }, "fr")).toBe("Borders");
  });
});

describe("sorting names in the reader's language", () => {
  it("uses the language's collation", () => {
    const french = ["Zambie", "Égypte", "Émirats arabes unis", "Espagne", "Danemark"].sort(compareNames("fr"));
    expect(french).toEqual(["Danemark", "Égypte", "Émirats arabes unis", "Espagne", "Zambie"]);
    const spanish = ["Ñandú", "Nicaragua", "Omán"].sort(compareNames("es"));
    expect(spanish).toEqual(["Nicaragua", "Ñandú", "Omán"]);
    expect(["Working group 10", "Working group 9"].sort(compareNames("en"))).toEqual(["Working group 9", "Working group 10"]);
  });
});
