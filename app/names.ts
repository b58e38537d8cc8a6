// How organizations are named for a reader: Chinese readers get the Chinese name when there is one;
// entities are known by their acronym.
type NamedOrganization = { name: string; nameZh?: string | null; acronym?: string | null };

export function organizationName(org: NamedOrganization, language: string): string {
  const name = language.startsWith("zh") && org.nameZh ? org.nameZh : org.name;
  return org.acronym && !language.startsWith("zh") ? org.acronym : name;
}

export function organizationFullName(org: NamedOrganization, language: string): string {
  return language.startsWith("zh") && org.nameZh ? org.nameZh : org.name;
}

type NamedGroup = { name: string; nameZh?: string | null; number: number };
export function groupName(group: NamedGroup, language: string): string {
  return language.startsWith("zh") && group.nameZh ? group.nameZh : group.name;
}
