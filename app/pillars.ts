// The four pillars of the Global Counter-Terrorism Strategy (compact.json), used to classify groups,
// events, resources, projects and recommendations. Reference data, in the six interface languages.
import compact from "../prisma/data/compact.json";

export type PillarNumber = 1 | 2 | 3 | 4;
type PillarNames = { en: string; zh: string; ar: string; fr: string; ru: string; es: string };
export const PILLARS = compact.pillars.map((p) => ({
  number: p.number as PillarNumber,
  en: p.en,
  zh: p.zh,
  ar: p.ar,
  fr: p.fr,
  ru: p.ru,
  es: p.es,
}));
export const PILLAR_NUMBERS: PillarNumber[] = [1, 2, 3, 4];

/** A pillar's name in the reader's language (English for a language the data does not have). */
export function pillarName(number: number, language: string): string {
  const pillar = PILLARS.find((p) => p.number === number);
  if (!pillar) return String(number);
  const primary = language.split("-")[0];
  return primary in pillar ? pillar[primary as keyof PillarNames] : pillar.en;
}
