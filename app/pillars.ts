// The four pillars of the Global Counter-Terrorism Strategy (compact.json), used to classify groups,
// events, resources, projects and recommendations. Reference data, in both interface languages.
import compact from "../prisma/data/compact.json";

export type PillarNumber = 1 | 2 | 3 | 4;
export const PILLARS = compact.pillars.map((p) => ({ number: p.number as PillarNumber, en: p.en, zh: p.zh }));
export const PILLAR_NUMBERS: PillarNumber[] = [1, 2, 3, 4];

export function pillarName(number: number, language: string): string {
  const pillar = PILLARS.find((p) => p.number === number);
  if (!pillar) return String(number);
  return language.startsWith("zh") ? pillar.zh : pillar.en;
}
