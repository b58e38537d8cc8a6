// Demo colleagues for the directory and networking: focal points of States and Compact entities with
// names in several scripts, languages, thematic interests, and phones some show and some keep hidden.
// They can sign in with the demo password but are not among the logins the README lists. Idempotent
// (upsert by email); the demo accounts of demo-accounts.ts are left as they are.
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import type { GroupRole } from "../../app/generated/prisma/enums.ts";
import { hashPassword } from "../../app/auth/password.server.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";

type Colleague = {
  email: string;
  name: string;
  title: string;
  /** ISO alpha-3 of a Member State, or the acronym of a Compact entity. */
  organization: string;
  languages: string[];
  interests: number[];
  timeZone: string;
  phone?: string;
  phoneVisible?: boolean;
  groups?: Array<[number, GroupRole]>;
  /** How long ago the account was created: "recently joined" on the network page. */
  joinedDaysAgo: number;
};

export const demoColleagues: Colleague[] = [
  { email: "otieno.ochieng@demo.test", name: "Otieno Ochieng", title: "Analyst, National Counter Terrorism Centre", organization: "KEN", languages: ["en", "sw"], interests: [1, 2], timeZone: "Africa/Nairobi", phone: "+254 20 555 0123", phoneVisible: true, groups: [[1, "MEMBER"]], joinedDaysAgo: 3 },
  { email: "henrik.larsen@demo.test", name: "Henrik Larsen", title: "Adviser, Section for Security Policy", organization: "NOR", languages: ["no", "en", "de"], interests: [4], timeZone: "Europe/Oslo", groups: [[5, "MEMBER"]], joinedDaysAgo: 41 },
  { email: "dewi.lestari@demo.test", name: "Dewi Lestari", title: "Head of Section, International Cooperation (BNPT)", organization: "IDN", languages: ["id", "en"], interests: [1, 2], timeZone: "Asia/Jakarta", phone: "+62 21 555 0187", phoneVisible: false, groups: [[4, "MEMBER"]], joinedDaysAgo: 9 },
  { email: "fatima.benali@demo.test", name: "Fatima Zahra Benali", title: "Magistrate, Ministry of Justice", organization: "MAR", languages: ["ar", "fr", "en"], interests: [1, 4], timeZone: "Africa/Casablanca", phone: "+212 537 555 010", phoneVisible: true, groups: [[1, "MEMBER"], [7, "MEMBER"]], joinedDaysAgo: 120 },
  { email: "wang.fang@demo.test", name: "王芳", title: "公安部国际合作局 处长", organization: "CHN", languages: ["zh", "en"], interests: [2, 3], timeZone: "Asia/Shanghai", phone: "+86 10 5555 0166", phoneVisible: false, groups: [[3, "MEMBER"]], joinedDaysAgo: 15 },
  { email: "chen.jianguo@demo.test", name: "陈建国", title: "Counsellor, Permanent Mission of China", organization: "CHN", languages: ["zh", "en", "fr"], interests: [2], timeZone: "America/New_York", groups: [[2, "MEMBER"]], joinedDaysAgo: 200 },
  { email: "aigerim.nurlanova@demo.test", name: "Айгерим Нурланова", title: "Chief Expert, Anti-Terrorism Centre", organization: "KAZ", languages: ["kk", "ru", "en"], interests: [1, 2], timeZone: "Asia/Almaty", groups: [[6, "MEMBER"]], joinedDaysAgo: 27 },
  { email: "olena.kovalenko@demo.test", name: "Олена Коваленко", title: "Legal Adviser, Security Service", organization: "UKR", languages: ["uk", "en", "pl"], interests: [4], timeZone: "Europe/Kyiv", phone: "+380 44 555 0144", phoneVisible: true, groups: [[4, "MEMBER"]], joinedDaysAgo: 63 },
  { email: "dmitry.sokolov@demo.test", name: "Дмитрий Соколов", title: "First Secretary, Department of New Challenges and Threats", organization: "RUS", languages: ["ru", "en"], interests: [3], timeZone: "Europe/Moscow", groups: [[3, "MEMBER"]], joinedDaysAgo: 88 },
  { email: "ahmed.alfarsi@demo.test", name: "أحمد الفارسي", title: "Director, Financial Intelligence Unit", organization: "ARE", languages: ["ar", "en"], interests: [2, 4], timeZone: "Asia/Dubai", phone: "+971 2 555 0177", phoneVisible: true, groups: [[4, "MEMBER"]], joinedDaysAgo: 6 },
  { email: "sara.elmansouri@demo.test", name: "سارة المنصوري", title: "Counsellor, Ministry of Foreign Affairs", organization: "EGY", languages: ["ar", "en", "fr"], interests: [1, 4], timeZone: "Africa/Cairo", groups: [[7, "MEMBER"], [8, "MEMBER"]], joinedDaysAgo: 150 },
  { email: "ayesha.khan@demo.test", name: "عائشہ خان", title: "Deputy Secretary, National Counter Terrorism Authority", organization: "PAK", languages: ["ur", "en"], interests: [1, 3], timeZone: "Asia/Karachi", groups: [[6, "MEMBER"]], joinedDaysAgo: 34 },
  { email: "misaki.tanaka@demo.test", name: "田中 美咲", title: "Deputy Director, International Counter-Terrorism Cooperation", organization: "JPN", languages: ["ja", "en"], interests: [3], timeZone: "Asia/Tokyo", phone: "+81 3 5555 0112", phoneVisible: true, groups: [[3, "MEMBER"]], joinedDaysAgo: 21 },
  { email: "kim.jihoon@demo.test", name: "김지훈", title: "Counsellor, Counter-Terrorism Division", organization: "KOR", languages: ["ko", "en"], interests: [2, 3], timeZone: "Asia/Seoul", groups: [[2, "MEMBER"], [3, "MEMBER"]], joinedDaysAgo: 2 },
  { email: "priya.sharma@demo.test", name: "प्रिया शर्मा", title: "Joint Secretary, Counter Terrorism and Counter Radicalization", organization: "IND", languages: ["hi", "en"], interests: [1, 2], timeZone: "Asia/Kolkata", phone: "+91 11 5555 0190", phoneVisible: false, groups: [[1, "MEMBER"]], joinedDaysAgo: 75 },
  { email: "nikolaos.papadopoulos@demo.test", name: "Νικόλαος Παπαδόπουλος", title: "Police Colonel, Counter-Terrorism Division", organization: "GRC", languages: ["el", "en", "fr"], interests: [4], timeZone: "Europe/Athens", groups: [[2, "MEMBER"]], joinedDaysAgo: 110 },
  { email: "joao.silva@demo.test", name: "João Silva", title: "Federal Police Delegate", organization: "BRA", languages: ["pt", "en", "es"], interests: [2, 4], timeZone: "America/Sao_Paulo", phone: "+55 61 5555 0131", phoneVisible: true, groups: [[4, "MEMBER"]], joinedDaysAgo: 48 },
  { email: "amelie.laurent@demo.test", name: "Amélie Laurent", title: "Chargée de mission, lutte contre le terrorisme", organization: "FRA", languages: ["fr", "en"], interests: [2, 4], timeZone: "Europe/Paris", groups: [[7, "MEMBER"]], joinedDaysAgo: 12 },
  { email: "soren.norgaard@demo.test", name: "Søren Nørgaard", title: "Head of Section, Ministry of Foreign Affairs", organization: "DNK", languages: ["da", "en"], interests: [4], timeZone: "Europe/Copenhagen", groups: [[5, "MEMBER"]], joinedDaysAgo: 190 },
  { email: "zeynep.yilmaz@demo.test", name: "Zeynep Yılmaz", title: "Deputy Director General for Security Affairs", organization: "TUR", languages: ["tr", "en"], interests: [1, 2], timeZone: "Europe/Istanbul", phone: "+90 312 555 0155", phoneVisible: true, groups: [[2, "MEMBER"]], joinedDaysAgo: 57 },
  { email: "nguyen.thilan@demo.test", name: "Nguyễn Thị Lan", title: "Official, Department of International Organizations", organization: "VNM", languages: ["vi", "en"], interests: [3], timeZone: "Asia/Ho_Chi_Minh", groups: [[6, "MEMBER"]], joinedDaysAgo: 18 },
  { email: "chinedu.okeke@demo.test", name: "Chinedu Okeke", title: "Coordinator, National Counter Terrorism Centre", organization: "NGA", languages: ["en", "ig"], interests: [1], timeZone: "Africa/Lagos", groups: [[1, "MEMBER"], [6, "MEMBER"]], joinedDaysAgo: 5 },
  { email: "aissatou.diallo@demo.test", name: "Aïssatou Diallo", title: "Conseillère technique, Ministère de l'Intérieur", organization: "SEN", languages: ["fr", "wo", "en"], interests: [1, 4], timeZone: "Africa/Dakar", groups: [[8, "MEMBER"]], joinedDaysAgo: 94 },
  { email: "mekdes.alemu@demo.test", name: "መቅደስ አለሙ", title: "Director, Peace and Security Affairs", organization: "ETH", languages: ["am", "en"], interests: [1, 2], timeZone: "Africa/Addis_Ababa", phone: "+251 11 555 0102", phoneVisible: true, groups: [[6, "MEMBER"]], joinedDaysAgo: 30 },
  { email: "carlos.mendoza@demo.test", name: "Carlos Mendoza", title: "Director de Asuntos Multilaterales", organization: "MEX", languages: ["es", "en"], interests: [3, 4], timeZone: "America/Mexico_City", groups: [[3, "MEMBER"]], joinedDaysAgo: 140 },
  { email: "emily.carter@demo.test", name: "Emily Carter", title: "Foreign Affairs Officer, Bureau of Counterterrorism", organization: "USA", languages: ["en", "es"], interests: [2, 3], timeZone: "America/New_York", groups: [[2, "MEMBER"], [5, "MEMBER"]], joinedDaysAgo: 66 },
  { email: "oliver.bennett@demo.test", name: "Oliver Bennett", title: "Policy Adviser, Counter-Terrorism Department", organization: "GBR", languages: ["en", "fr"], interests: [4], timeZone: "Europe/London", phone: "+44 20 5555 0119", phoneVisible: false, groups: [[7, "MEMBER"]], joinedDaysAgo: 230 },
  { email: "lars.mueller@demo.test", name: "Lars Müller", title: "Referent, Federal Foreign Office", organization: "DEU", languages: ["de", "en", "fr"], interests: [3], timeZone: "Europe/Berlin", groups: [[3, "MEMBER"], [5, "MEMBER"]], joinedDaysAgo: 80 },
  { email: "siti.rahman@demo.test", name: "Siti Nurhaliza Rahman", title: "Principal Assistant Secretary, National Security Council", organization: "MYS", languages: ["ms", "en"], interests: [1], timeZone: "Asia/Kuala_Lumpur", groups: [[1, "MEMBER"]], joinedDaysAgo: 11 },
  { email: "siriporn.wongyai@demo.test", name: "ศิริพร วงศ์ใหญ่", title: "Counsellor, Department of International Organizations", organization: "THA", languages: ["th", "en"], interests: [2], timeZone: "Asia/Bangkok", groups: [[2, "MEMBER"]], joinedDaysAgo: 25 },
  { email: "ana.ribeiro@demo.test", name: "Ana Paula Ribeiro", title: "Crime Prevention Officer, Terrorism Prevention Branch", organization: "UNODC", languages: ["pt", "en", "es"], interests: [4], timeZone: "Europe/Vienna", phone: "+43 1 26060 4444", phoneVisible: true, groups: [[4, "MEMBER"]], joinedDaysAgo: 70 },
  { email: "kwame.mensah@demo.test", name: "Kwame Mensah", title: "Programme Specialist, Prevention of Violent Extremism", organization: "UNDP", languages: ["en", "fr"], interests: [1, 4], timeZone: "America/New_York", groups: [[1, "MEMBER"], [6, "MEMBER"]], joinedDaysAgo: 8 },
  { email: "elodie.marchand@demo.test", name: "Élodie Marchand", title: "Programme Specialist, Education for the Prevention of Violent Extremism", organization: "UNESCO", languages: ["fr", "en", "es"], interests: [1, 4], timeZone: "Europe/Paris", groups: [[1, "MEMBER"], [8, "MEMBER"]], joinedDaysAgo: 100 },
  { email: "hassan.karimi@demo.test", name: "حسن کریمی", title: "Criminal Intelligence Officer", organization: "INTERPOL", languages: ["fa", "en", "fr"], interests: [2, 3], timeZone: "Europe/Paris", groups: [[3, "VICE_CHAIR"], [2, "MEMBER"]], joinedDaysAgo: 160 },
  { email: "miguel.torres@demo.test", name: "Miguel Ángel Torres", title: "Legal Officer, Assessment Unit", organization: "CTED", languages: ["es", "en"], interests: [2, 4], timeZone: "America/New_York", groups: [[2, "MEMBER"]], joinedDaysAgo: 45 },
  { email: "ruth.abebe@demo.test", name: "Ruth Abebe", title: "Human Rights Officer, Rule of Law and Counter-Terrorism", organization: "OHCHR", languages: ["en", "am", "fr"], interests: [4], timeZone: "Europe/Zurich", groups: [[7, "VICE_CHAIR"]], joinedDaysAgo: 130 },
  { email: "li.wei@demo.test", name: "李伟", title: "Programme Management Officer", organization: "UNOCT", languages: ["zh", "en"], interests: [1, 2, 3, 4], timeZone: "America/New_York", phone: "+1 212 555 0177", phoneVisible: true, groups: [[5, "MEMBER"]], joinedDaysAgo: 14 },
  { email: "sophie.martin@demo.test", name: "Sophie Martin", title: "Child Protection Specialist", organization: "UNICEF", languages: ["fr", "en"], interests: [1, 4], timeZone: "America/New_York", groups: [[7, "MEMBER"], [8, "MEMBER"]], joinedDaysAgo: 52 },
  { email: "youssef.elamrani@demo.test", name: "يوسف العمراني", title: "Border Management Specialist", organization: "IOM", languages: ["ar", "fr", "en"], interests: [2], timeZone: "Europe/Zurich", groups: [[2, "MEMBER"]], joinedDaysAgo: 20 },
  { email: "pieter.devries@demo.test", name: "Pieter de Vries", title: "Technical Officer, Security Programme", organization: "WCO", languages: ["nl", "en", "fr"], interests: [2, 3], timeZone: "Europe/Brussels", groups: [[2, "MEMBER"]], joinedDaysAgo: 175 },
  { email: "giulia.bianchi@demo.test", name: "Giulia Bianchi", title: "Programme Officer, Emerging Threats", organization: "UNICRI", languages: ["it", "en"], interests: [3], timeZone: "Europe/Rome", groups: [[3, "MEMBER"]], joinedDaysAgo: 38 },
  { email: "malak.haddad@demo.test", name: "ملاك حداد", title: "Gender and Peace Officer", organization: "UN Women", languages: ["ar", "en"], interests: [1, 4], timeZone: "America/New_York", groups: [[8, "MEMBER"], [1, "MEMBER"]], joinedDaysAgo: 4 },
];

const DAY = 24 * 60 * 60 * 1000;

export async function seedDirectoryColleagues(db: PrismaClient) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organizations = await db.organization.findMany({ select: { id: true, acronym: true, iso3: true } });
  const orgId = new Map(organizations.flatMap((o) => [o.acronym, o.iso3].filter((k): k is string => !!k).map((k) => [k, o.id] as const)));
  const groups = new Map((await db.workingGroup.findMany({ select: { id: true, number: true } })).map((g) => [g.number, g.id]));
  for (const person of demoColleagues) {
    const organizationId = orgId.get(person.organization);
    if (!organizationId) throw new Error(`Demo colleague ${person.email}: unknown organization ${person.organization}`);
    const data = {
      name: person.name,
      title: person.title,
      organizationId,
      role: "FOCAL_POINT" as const,
      status: "ACTIVE" as const,
      languages: person.languages,
      interests: person.interests,
      timeZone: person.timeZone,
      phone: person.phone ?? null,
      phoneVisible: person.phoneVisible ?? false,
    };
    const user = await db.user.upsert({
      where: { email: person.email },
      // Joined some days before the seeding, so "recently joined" looks like a living network.
      create: { ...data, email: person.email, passwordHash, createdAt: new Date(Date.now() - person.joinedDaysAgo * DAY) },
      update: data,
    });
    for (const [number, role] of person.groups ?? []) {
      const groupId = groups.get(number);
      if (!groupId) throw new Error(`Demo colleague ${person.email}: unknown working group ${number}`);
      await db.membership.upsert({ where: { userId_groupId: { userId: user.id, groupId } }, create: { userId: user.id, groupId, role }, update: { role } });
    }
  }
}
