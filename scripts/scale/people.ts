// Scale part "people": 10,000 focal points spread over the 193 Member States and the Compact's entities,
// with names in Latin (with diacritics), Chinese, Arabic, Cyrillic, Japanese, Korean, Devanagari and Greek
// script, languages, thematic interests, phones (some hidden) and working-group seats. A few are invited
// or suspended, as in a real installation (the directory must never list them). Inserted in bulk (one
// statement per table), deterministic (seeded random numbers), and re-runnable: earlier scale people
// (…@scale.test) are removed first.
import { randomUUID } from "node:crypto";
import { db } from "../../app/db.server.ts";
import { hashPassword } from "../../app/auth/password.server.ts";

export const SCALE_PEOPLE = 10_000;
const EMAIL_DOMAIN = "scale.test";

/** mulberry32: small, fast and good enough to spread test data reproducibly. */
function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, pick, chance: (p: number) => next() < p };
}

type Script = "latin" | "chinese" | "arabic" | "cyrillic" | "japanese" | "korean" | "devanagari" | "greek";

const NAMES: Record<Script, { given: string[]; family: string[]; joiner: string; familyFirst?: boolean; languages: string[] }> = {
  latin: {
    given: [
      "José",
      "María",
      "Ana",
      "João",
      "François",
      "Zoë",
      "Łukasz",
      "Søren",
      "Ingrid",
      "Ahmet",
      "Chloé",
      "Ramón",
      "Inês",
      "Jürgen",
      "Małgorzata",
      "Aïcha",
      "Nuño",
      "Björn",
      "Amara",
      "Kwame",
      "Thandiwe",
      "Luis",
      "Camille",
      "Mateus",
      "Nadia",
      "Oluwaseun",
      "Pablo",
      "Sofía",
      "Tomás",
      "Émile",
    ],
    family: [
      "Martínez",
      "García",
      "Müller",
      "Dubois",
      "Silva",
      "Kowalski",
      "Nørgaard",
      "Öztürk",
      "Rossi",
      "Nguyen",
      "Okafor",
      "Mensah",
      "Diallo",
      "Fernández",
      "Łęcki",
      "Håkansson",
      "Çelik",
      "Santos",
      "Moreau",
      "Schröder",
      "Ibáñez",
      "Mwangi",
      "Pereira",
      "Lefèvre",
      "Nakamura",
      "Banda",
      "Haddad",
      "Jiménez",
      "Costa",
      "Andrés",
    ],
    joiner: " ",
    languages: ["en", "fr", "es", "pt", "de"],
  },
  chinese: {
    given: ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "明华", "建国", "晓红", "志强", "海燕", "文杰"],
    family: ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"],
    joiner: "",
    familyFirst: true,
    languages: ["zh"],
  },
  arabic: {
    given: ["محمد", "أحمد", "فاطمة", "عائشة", "علي", "يوسف", "مريم", "خالد", "سارة", "عمر", "ليلى", "حسن"],
    family: ["العبدالله", "الحسن", "المصري", "الخطيب", "حداد", "السعيد", "الزهراني", "النجار", "الشامي", "الأحمد", "المنصوري", "العمراني"],
    joiner: " ",
    languages: ["ar"],
  },
  cyrillic: {
    given: ["Иван", "Анна", "Дмитрий", "Ольга", "Сергей", "Наталья", "Алексей", "Елена", "Айгерим", "Олена", "Никола", "Мария"],
    family: [
      "Иванов",
      "Петрова",
      "Смирнов",
      "Кузнецова",
      "Попов",
      "Васильева",
      "Соколов",
      "Коваленко",
      "Новиков",
      "Морозова",
      "Петровић",
      "Нурланова",
    ],
    joiner: " ",
    languages: ["ru"],
  },
  japanese: {
    given: ["翔太", "美咲", "大輔", "陽子", "健太", "さくら"],
    family: ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤"],
    joiner: " ",
    familyFirst: true,
    languages: ["ja"],
  },
  korean: {
    given: ["민준", "서연", "지훈", "수빈", "현우", "지은"],
    family: ["김", "이", "박", "최", "정", "강"],
    joiner: "",
    familyFirst: true,
    languages: ["ko"],
  },
  devanagari: {
    given: ["प्रिया", "राहुल", "अमित", "सुनीता", "अनिल", "कविता"],
    family: ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल", "यादव"],
    joiner: " ",
    languages: ["hi"],
  },
  greek: {
    given: ["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Κατερίνα"],
    family: ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Αντωνίου", "Ιωάννου"],
    joiner: " ",
    languages: ["el"],
  },
};

const SCRIPT_OF_STATE: Record<string, Script> = {
  CHN: "chinese",
  SGP: "chinese",
  JPN: "japanese",
  KOR: "korean",
  PRK: "korean",
  IND: "devanagari",
  NPL: "devanagari",
  GRC: "greek",
  CYP: "greek",
  RUS: "cyrillic",
  BLR: "cyrillic",
  KAZ: "cyrillic",
  KGZ: "cyrillic",
  UKR: "cyrillic",
  SRB: "cyrillic",
  BGR: "cyrillic",
  MKD: "cyrillic",
  TJK: "cyrillic",
  MNG: "cyrillic",
  DZA: "arabic",
  BHR: "arabic",
  EGY: "arabic",
  IRQ: "arabic",
  JOR: "arabic",
  KWT: "arabic",
  LBN: "arabic",
  LBY: "arabic",
  MAR: "arabic",
  OMN: "arabic",
  QAT: "arabic",
  SAU: "arabic",
  SDN: "arabic",
  SYR: "arabic",
  TUN: "arabic",
  ARE: "arabic",
  YEM: "arabic",
  MRT: "arabic",
};
const ENTITY_SCRIPTS: Script[] = ["latin", "latin", "latin", "latin", "chinese", "arabic", "cyrillic", "japanese", "devanagari"];

const TITLES = [
  "Counsellor",
  "First Secretary",
  "Director",
  "Programme Officer",
  "Legal Adviser",
  "Analyst",
  "Head of Unit",
  "Police Superintendent",
  "Policy Officer",
  "Deputy Director",
  "Chief of Section",
  "Senior Adviser",
];
const TIME_ZONES: Record<string, string[]> = {
  AFRICA: ["Africa/Nairobi", "Africa/Lagos", "Africa/Cairo", "Africa/Johannesburg", "Africa/Dakar"],
  AMERICAS: ["America/New_York", "America/Bogota", "America/Sao_Paulo", "America/Mexico_City", "America/Toronto"],
  ASIA: ["Asia/Shanghai", "Asia/Kolkata", "Asia/Tokyo", "Asia/Dubai", "Asia/Jakarta"],
  EUROPE: ["Europe/Vienna", "Europe/Paris", "Europe/Berlin", "Europe/Moscow", "Europe/Madrid"],
  OCEANIA: ["Australia/Sydney", "Pacific/Auckland", "Pacific/Fiji"],
};
const ENTITY_ZONES = ["America/New_York", "Europe/Vienna", "Europe/Zurich", "Europe/Paris", "Africa/Nairobi"];
const STATE_SHARE = 0.85;
/** About a third of the States have not nominated anyone yet (the organizations page counts them). */
const STATES_WITHOUT_FOCAL_POINTS = 0.33;

function asciiSlug(text: string) {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z]+/g, ".")
    .replace(/^\.|\.$/g, "")
    .toLowerCase();
}

export async function seedScalePeople(log: (line: string) => void = console.log) {
  const random = randomSource(20261124);
  const removed = await db.user.deleteMany({ where: { email: { endsWith: `@${EMAIL_DOMAIN}` } } });
  if (removed.count) log(`people: removed ${removed.count} earlier scale people`);

  const organizations = await db.organization.findMany({
    orderBy: { name: "asc" },
    select: { id: true, kind: true, iso3: true, region: true },
  });
  const states = organizations.filter((o) => o.kind === "MEMBER_STATE" && !random.chance(STATES_WITHOUT_FOCAL_POINTS));
  const entities = organizations.filter((o) => o.kind !== "MEMBER_STATE");
  const groups = await db.workingGroup.findMany({ select: { id: true } });
  const passwordHash = await hashPassword(`scale-${randomUUID()}`);
  const now = Date.now();

  const users = {
    id: [] as string[],
    email: [] as string[],
    name: [] as string[],
    title: [] as string[],
    organizationId: [] as string[],
    status: [] as string[],
    languages: [] as string[],
    interests: [] as string[],
    phone: [] as Array<string | null>,
    phoneVisible: [] as boolean[],
    timeZone: [] as string[],
    createdAt: [] as Date[],
  };
  const seats = { userId: [] as string[], groupId: [] as string[], role: [] as string[] };

  for (let i = 0; i < SCALE_PEOPLE; i++) {
    const org = random.chance(STATE_SHARE) ? random.pick(states) : random.pick(entities);
    const script: Script = org.kind === "MEMBER_STATE" ? (SCRIPT_OF_STATE[org.iso3 ?? ""] ?? "latin") : random.pick(ENTITY_SCRIPTS);
    const names = NAMES[script];
    const given = random.pick(names.given);
    const family = random.pick(names.family);
    const name = names.familyFirst ? `${family}${names.joiner}${given}` : `${given}${names.joiner}${family}`;
    const id = randomUUID();
    const local = script === "latin" ? asciiSlug(`${given} ${family}`) : "fp";
    const languages = [
      ...new Set([random.pick(names.languages), "en", ...(random.chance(0.3) ? [random.pick(["fr", "es", "ar", "ru", "zh"])] : [])]),
    ];
    const interests = [1, 2, 3, 4].filter(() => random.chance(0.35));
    const roll = random.next();
    users.id.push(id);
    users.email.push(`${local}.${i}@${EMAIL_DOMAIN}`);
    users.name.push(name);
    users.title.push(random.pick(TITLES));
    users.organizationId.push(org.id);
    users.status.push(roll < 0.02 ? "INVITED" : roll < 0.03 ? "SUSPENDED" : "ACTIVE");
    // Arrays go through a text[] of PostgreSQL array literals, one per person.
    users.languages.push(`{${languages.join(",")}}`);
    users.interests.push(`{${interests.join(",")}}`);
    const hasPhone = random.chance(0.6);
    users.phone.push(
      hasPhone
        ? `+${10 + Math.floor(random.next() * 89)} ${String(Math.floor(random.next() * 1e9))
            .padStart(9, "0")
            .replace(/(\d{3})(\d{3})(\d{3})/, "$1 $2 $3")}`
        : null,
    );
    users.phoneVisible.push(hasPhone && random.chance(0.5));
    users.timeZone.push(random.pick(org.region ? TIME_ZONES[org.region] : ENTITY_ZONES));
    users.createdAt.push(new Date(now - Math.floor(random.next() * 730) * 86_400_000));
    if (random.chance(0.3)) {
      const count = random.chance(0.3) ? 2 : 1;
      const chosen = new Set<string>();
      while (chosen.size < count) chosen.add(random.pick(groups).id);
      for (const groupId of chosen) {
        seats.userId.push(id);
        seats.groupId.push(groupId);
        seats.role.push(random.chance(0.01) ? "VICE_CHAIR" : "MEMBER");
      }
    }
  }

  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`
      INSERT INTO "user" ("id", "email", "name", "title", "organization_id", "status", "password_hash", "languages", "interests", "phone", "phone_visible", "time_zone", "created_at", "updated_at")
      SELECT u.id, u.email, u.name, u.title, u.organization_id, u.status::"UserStatus", ${passwordHash}, u.languages::text[], u.interests::integer[], u.phone, u.phone_visible, u.time_zone, u.created_at, u.created_at
      FROM unnest(${users.id}::uuid[], ${users.email}::text[], ${users.name}::text[], ${users.title}::text[], ${users.organizationId}::uuid[], ${users.status}::text[],
                  ${users.languages}::text[], ${users.interests}::text[], ${users.phone}::text[], ${users.phoneVisible}::boolean[], ${users.timeZone}::text[], ${users.createdAt}::timestamptz[])
        AS u(id, email, name, title, organization_id, status, languages, interests, phone, phone_visible, time_zone, created_at)`;
      await tx.$executeRaw`
      INSERT INTO "membership" ("user_id", "group_id", "role")
      SELECT * FROM unnest(${seats.userId}::uuid[], ${seats.groupId}::uuid[], ${seats.role}::"GroupRole"[])`;
    },
    { timeout: 120_000 },
  );
  await db.$executeRawUnsafe(`ANALYZE "user"; `);
  await db.$executeRawUnsafe(`ANALYZE "membership"`);
  log(
    `people: ${SCALE_PEOPLE} focal points (${states.length} States with focal points, ${entities.length} entities), ${seats.userId.length} working-group seats`,
  );
}
