// Reference data every installation has: the 193 Member States, the Compact's members and observers
// (compact.json), and the 8 working groups with the organizations that chair them. Idempotent.
import compact from "../data/compact.json" with { type: "json" };
import { memberStateName, memberStates } from "../data/member-states.ts";
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import type { GroupLeadRole } from "../../app/generated/prisma/enums.ts";

export const SECRETARIAT_ACRONYM = "UNOCT";
export const ASSESSMENT_BODY_ACRONYM = "CTED";

const GROUP_SLUGS: Record<number, string> = {
  1: "pcve",
  2: "border-management",
  3: "emerging-threats",
  4: "criminal-justice-cft",
  5: "resource-mobilization",
  6: "national-regional-strategies",
  7: "human-rights-victims",
  8: "gender",
};

const GROUP_DESCRIPTIONS: Record<number, Record<"en" | "zh" | "ar" | "fr" | "ru" | "es", string>> = {
  1: {
    en: "Addressing the drivers of violent extremism conducive to terrorism through prevention, education, youth engagement and strategic communications.",
    zh: "通过预防、教育、青年参与和战略传播，消除助长恐怖主义的暴力极端主义的驱动因素。",
    ar: "معالجة دوافع التطرف العنيف المفضي إلى الإرهاب من خلال الوقاية والتعليم وإشراك الشباب والاتصالات الاستراتيجية.",
    fr: "S’attaquer aux facteurs de l’extrémisme violent pouvant conduire au terrorisme par la prévention, l’éducation, la mobilisation des jeunes et la communication stratégique.",
    ru: "Устранение факторов, порождающих насильственный экстремизм, ведущий к терроризму, с помощью профилактики, образования, вовлечения молодежи и стратегической коммуникации.",
    es: "Abordar los factores que impulsan el extremismo violento que conduce al terrorismo mediante la prevención, la educación, la participación de los jóvenes y las comunicaciones estratégicas.",
  },
  2: {
    en: "Border security and management, law-enforcement cooperation and the exchange of passenger information against terrorist travel.",
    zh: "边境安全和管理、执法合作以及交换旅客信息以打击恐怖分子旅行。",
    ar: "أمن الحدود وإدارتها، والتعاون في مجال إنفاذ القانون، وتبادل معلومات المسافرين لمكافحة سفر الإرهابيين.",
    fr: "Sécurité et gestion des frontières, coopération entre services de détection et de répression et échange d’informations sur les passagers face aux déplacements de terroristes.",
    ru: "Безопасность границ и пограничный контроль, сотрудничество правоохранительных органов и обмен информацией о пассажирах для противодействия передвижению террористов.",
    es: "Seguridad y gestión de fronteras, cooperación en la aplicación de la ley e intercambio de información sobre pasajeros para combatir los desplazamientos de terroristas.",
  },
  3: {
    en: "New technologies, unmanned aircraft, CBRN threats and the protection of critical infrastructure and vulnerable targets.",
    zh: "新技术、无人驾驶航空器、化学生物放射性和核威胁以及对关键基础设施和易受攻击目标的保护。",
    ar: "التكنولوجيات الجديدة، والطائرات المسيّرة، والتهديدات الكيميائية والبيولوجية والإشعاعية والنووية، وحماية الهياكل الأساسية الحيوية والأهداف الضعيفة.",
    fr: "Nouvelles technologies, aéronefs sans pilote, menaces chimiques, biologiques, radiologiques et nucléaires, et protection des infrastructures critiques et des cibles vulnérables.",
    ru: "Новые технологии, беспилотные летательные аппараты, химические, биологические, радиологические и ядерные угрозы, защита критически важной инфраструктуры и уязвимых объектов.",
    es: "Nuevas tecnologías, aeronaves no tripuladas, amenazas químicas, biológicas, radiológicas y nucleares, y protección de infraestructuras críticas y objetivos vulnerables.",
  },
  4: {
    en: "Criminal justice responses, legislation, judicial cooperation and countering the financing of terrorism.",
    zh: "刑事司法对策、立法、司法合作和打击资助恐怖主义。",
    ar: "تدابير العدالة الجنائية، والتشريعات، والتعاون القضائي، ومكافحة تمويل الإرهاب.",
    fr: "Réponses de la justice pénale, législation, coopération judiciaire et lutte contre le financement du terrorisme.",
    ru: "Меры уголовного правосудия, законодательство, судебное сотрудничество и противодействие финансированию терроризма.",
    es: "Respuestas de la justicia penal, legislación, cooperación judicial y lucha contra la financiación del terrorismo.",
  },
  5: {
    en: "Mobilizing resources for the Compact's programmes and monitoring and evaluating their results.",
    zh: "为契约各项方案调动资源并对其成果进行监测和评价。",
    ar: "حشد الموارد لبرامج الاتفاق العالمي ورصد نتائجها وتقييمها.",
    fr: "Mobiliser des ressources pour les programmes du Pacte, en suivre et en évaluer les résultats.",
    ru: "Мобилизация ресурсов для программ Глобального договора, мониторинг и оценка их результатов.",
    es: "Movilizar recursos para los programas del Pacto y hacer un seguimiento y una evaluación de sus resultados.",
  },
  6: {
    en: "Supporting Member States and regional organizations in developing and implementing counter-terrorism and PCVE strategies.",
    zh: "支持会员国和区域组织制定和实施反恐及防止和打击暴力极端主义战略。",
    ar: "دعم الدول الأعضاء والمنظمات الإقليمية في وضع وتنفيذ استراتيجيات مكافحة الإرهاب ومنع التطرف العنيف ومكافحته.",
    fr: "Aider les États Membres et les organisations régionales à élaborer et à mettre en œuvre des stratégies de lutte contre le terrorisme et de prévention et de répression de l’extrémisme violent.",
    ru: "Поддержка государств-членов и региональных организаций в разработке и осуществлении стратегий противодействия терроризму и насильственному экстремизму.",
    es: "Apoyar a los Estados Miembros y a las organizaciones regionales en la elaboración y aplicación de estrategias de lucha contra el terrorismo y de prevención y lucha contra el extremismo violento.",
  },
  7: {
    en: "Human rights and the rule of law in counter-terrorism, and the rights and needs of victims of terrorism.",
    zh: "反恐中的人权和法治，以及恐怖主义受害者的权利和需要。",
    ar: "حقوق الإنسان وسيادة القانون في مكافحة الإرهاب، وحقوق ضحايا الإرهاب واحتياجاتهم.",
    fr: "Droits de l’homme et état de droit dans la lutte antiterroriste, et droits et besoins des victimes du terrorisme.",
    ru: "Права человека и верховенство права в борьбе с терроризмом, а также права и потребности жертв терроризма.",
    es: "Los derechos humanos y el estado de derecho en la lucha contra el terrorismo, y los derechos y necesidades de las víctimas del terrorismo.",
  },
  8: {
    en: "Integrating gender perspectives and women's participation in preventing and countering terrorism.",
    zh: "将性别视角和妇女参与纳入防止和打击恐怖主义的工作。",
    ar: "إدماج المنظور الجنساني ومشاركة المرأة في منع الإرهاب ومكافحته.",
    fr: "Intégrer les questions de genre et la participation des femmes dans la prévention et la répression du terrorisme.",
    ru: "Учет гендерной проблематики и участие женщин в предупреждении терроризма и противодействии ему.",
    es: "Integrar la perspectiva de género y la participación de las mujeres en la prevención y la lucha contra el terrorismo.",
  },
};

export function groupSlug(number: number) {
  return GROUP_SLUGS[number];
}

export async function seedReferenceData(db: PrismaClient) {
  const zhRegion = new Intl.DisplayNames("zh", { type: "region" });
  for (const state of memberStates) {
    const data = {
      kind: "MEMBER_STATE" as const,
      name: state.name,
      nameZh: zhRegion.of(state.iso2) ?? null,
      nameAr: memberStateName(state, "ar"),
      nameFr: memberStateName(state, "fr"),
      nameRu: memberStateName(state, "ru"),
      nameEs: memberStateName(state, "es"),
      iso2: state.iso2,
      region: state.region,
    };
    await db.organization.upsert({ where: { iso3: state.iso3 }, create: { ...data, iso3: state.iso3 }, update: data });
  }

  const entities = [
    ...compact.compactMembers.map((m) => ({ ...m, kind: "COMPACT_ENTITY" as const })),
    ...compact.compactObservers.map((m) => ({ ...m, kind: "COMPACT_OBSERVER" as const })),
  ];
  const byAcronym = new Map<string, string>();
  for (const entity of entities) {
    const data = {
      acronym: entity.acronym,
      nameZh: entity.zh,
      nameAr: entity.ar,
      nameFr: entity.fr,
      nameRu: entity.ru,
      nameEs: entity.es,
      isSecretariat: entity.acronym === SECRETARIAT_ACRONYM,
      isAssessmentBody: entity.acronym === ASSESSMENT_BODY_ACRONYM,
    };
    const org = await db.organization.upsert({
      where: { kind_name: { kind: entity.kind, name: entity.en } },
      create: { ...data, kind: entity.kind, name: entity.en },
      update: data,
    });
    byAcronym.set(entity.acronym, org.id);
  }

  for (const group of compact.workingGroups) {
    const description = GROUP_DESCRIPTIONS[group.number];
    const data = {
      slug: groupSlug(group.number),
      name: group.en,
      nameZh: group.zh,
      nameAr: group.ar,
      nameFr: group.fr,
      nameRu: group.ru,
      nameEs: group.es,
      pillar: group.pillar,
      description: description.en,
      descriptionZh: description.zh,
      descriptionAr: description.ar,
      descriptionFr: description.fr,
      descriptionRu: description.ru,
      descriptionEs: description.es,
    };
    const row = await db.workingGroup.upsert({ where: { number: group.number }, create: { ...data, number: group.number }, update: data });
    const leads: Array<[string, GroupLeadRole]> = [
      ...group.chairs.map((a) => [a, "CHAIR"] as [string, GroupLeadRole]),
      ...group.coChairs.map((a) => [a, "CO_CHAIR"] as [string, GroupLeadRole]),
      ...group.viceChairs.map((a) => [a, "VICE_CHAIR"] as [string, GroupLeadRole]),
    ];
    for (const [acronym, role] of leads) {
      const organizationId = byAcronym.get(acronym);
      if (!organizationId) throw new Error(`compact.json: working group ${group.number} is led by unknown entity ${acronym}`);
      await db.groupLead.upsert({
        where: { groupId_organizationId: { groupId: row.id, organizationId } },
        create: { groupId: row.id, organizationId, role },
        update: { role },
      });
    }
  }
  return byAcronym;
}
