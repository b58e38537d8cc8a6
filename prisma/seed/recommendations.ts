// Demo technical-assistance recommendations: assessments of the demo States (and one State without a demo
// login) with every kind of consent — shared with UN entities, with named entities only, not shared — and
// per-recommendation narrowings, plus follow-up responses of UNODC, UNDP, UN Women and INTERPOL, some
// linked to their projects. High-priority open recommendations without a response keep the dashboard busy.
// Idempotent: assessments are upserted by reference, recommendations by number, responses by organization.
import type { PrismaClient } from "../../app/generated/prisma/client.ts";
import type {
  AssessmentKind,
  ConsentScope,
  Priority,
  RecommendationStatus,
  ResponseStage,
} from "../../app/domain/recommendations/values.ts";

type DemoResponse = { by: string; stage: ResponseStage; note: string; project?: string };
type DemoRecommendation = {
  text: string;
  area: string | null;
  pillar: number | null;
  priority: Priority;
  status?: RecommendationStatus;
  /** Narrowing of the assessment's consent; absent: as the assessment. */
  consent?: ConsentScope;
  named?: string[];
  responses?: DemoResponse[];
};
type DemoAssessment = {
  reference: string;
  state: string;
  kind: AssessmentKind;
  start: string;
  end: string;
  consent: ConsentScope;
  named?: string[];
  recommendations: DemoRecommendation[];
};

export const demoAssessments: DemoAssessment[] = [
  {
    reference: "CTED/KEN/2025/V",
    state: "KEN",
    kind: "VISIT",
    start: "2025-03-10",
    end: "2025-03-14",
    consent: "UN_ENTITIES",
    recommendations: [
      {
        text: "Strengthen the capacity of the financial intelligence unit to analyse suspicious transaction reports linked to the financing of terrorism, including through the use of goAML and goFintel.",
        area: "countering-terrorist-financing",
        pillar: 2,
        priority: "HIGH",
        status: "ARRANGING_ASSISTANCE",
        responses: [{ by: "UNODC", stage: "OFFERED", note: "UNODC offers a two-week mentoring of FIU analysts in Nairobi in 2026." }],
      },
      {
        text: "Develop standard operating procedures for the screening of travellers at land borders with Somalia, using advance passenger information where available.",
        area: "border-security",
        pillar: 2,
        priority: "HIGH",
        responses: [],
      },
      {
        text: "Ensure that the national strategy for countering violent extremism is implemented in every county with the participation of women's and youth organizations.",
        area: "pcve",
        pillar: 1,
        priority: "MEDIUM",
        status: "IN_PROGRESS",
        consent: "NAMED",
        named: ["UNDP", "UN Women"],
        responses: [
          { by: "UNDP", stage: "UNDER_WAY", note: "County action plans supported in Mombasa, Kwale and Garissa.", project: "UNDP-PVE-AFR" },
          { by: "UN Women", stage: "OFFERED", note: "Gender-responsive review of the county action plans offered." },
        ],
      },
      {
        text: "Review the legal framework on the detention of terrorism suspects to ensure judicial oversight within 48 hours.",
        area: "human-rights",
        pillar: 4,
        priority: "HIGH",
        consent: "NOT_SHARED",
      },
      {
        text: "Establish a specialized prosecution unit for terrorism cases with dedicated training on the use of electronic evidence.",
        area: "criminal-justice",
        pillar: 2,
        priority: "MEDIUM",
        status: "ADDRESSED",
        responses: [{ by: "UNODC", stage: "DELIVERED", note: "Training of 32 prosecutors delivered in 2025.", project: "UNODC-LEGAL" }],
      },
    ],
  },
  {
    reference: "CTED/IDN/2024/FV",
    state: "IDN",
    kind: "FOLLOW_UP_VISIT",
    start: "2024-09-02",
    end: "2024-09-05",
    consent: "NAMED",
    named: ["UNODC", "INTERPOL", "UN Women"],
    recommendations: [
      {
        text: "Expand the use of INTERPOL databases at all international airports and seaports, including the foreign terrorist fighters database.",
        area: "border-security",
        pillar: 2,
        priority: "HIGH",
        status: "IN_PROGRESS",
        responses: [{ by: "INTERPOL", stage: "UNDER_WAY", note: "I-24/7 connection extended to six seaports." }],
      },
      {
        text: "Adopt a prison management policy to prevent radicalization to violence in detention and to prepare the reintegration of released terrorist offenders.",
        area: "prosecution-rehabilitation-reintegration",
        pillar: 3,
        priority: "HIGH",
        consent: "NAMED",
        named: ["UNODC"],
        responses: [],
      },
      {
        text: "Integrate a gender perspective into the deradicalization programmes run by the national counter-terrorism agency.",
        area: "gender",
        pillar: 1,
        priority: "MEDIUM",
        responses: [{ by: "UN Women", stage: "OFFERED", note: "Technical review offered to BNPT." }],
      },
      {
        text: "Strengthen cooperation with the private sector to counter the use of the Internet for terrorist purposes.",
        area: "cybersecurity-new-technologies",
        pillar: 2,
        priority: "LOW",
      },
    ],
  },
  {
    reference: "CTED/NGA/2026/V",
    state: "NGA",
    kind: "VISIT",
    start: "2026-06-15",
    end: "2026-06-19",
    consent: "NOT_SHARED",
    recommendations: [
      {
        text: "Strengthen screening, prosecution, rehabilitation and reintegration of persons associated with armed groups in the north-east.",
        area: "prosecution-rehabilitation-reintegration",
        pillar: 3,
        priority: "HIGH",
      },
      {
        text: "Establish a victims' support fund and register of victims of terrorism.",
        area: "victims-of-terrorism",
        pillar: 4,
        priority: "MEDIUM",
      },
      {
        text: "Improve inter-agency sharing of terrorism-related information between federal and state authorities.",
        area: null,
        pillar: 2,
        priority: "MEDIUM",
      },
    ],
  },
  {
    reference: "CTED/JOR/2025/DR",
    state: "JOR",
    kind: "DESK_REVIEW",
    start: "2025-11-01",
    end: "2025-11-28",
    consent: "UN_ENTITIES",
    recommendations: [
      {
        text: "Align the counter-terrorism law's definition of terrorism with international human rights standards.",
        area: "human-rights",
        pillar: 4,
        priority: "HIGH",
        consent: "NAMED",
        named: ["OHCHR", "UNODC"],
      },
      {
        text: "Adopt a national plan for the protection of soft targets, including places of worship and tourist sites.",
        area: "vulnerable-targets",
        pillar: 2,
        priority: "HIGH",
      },
      {
        text: "Extend the use of biometrics for the registration of refugees and asylum seekers in accordance with human rights law.",
        area: "border-security",
        pillar: 2,
        priority: "MEDIUM",
        responses: [{ by: "UNODC", stage: "OFFERED", note: "Legal advice offered on data protection safeguards." }],
      },
    ],
  },
  {
    reference: "CTED/COL/2023/V",
    state: "COL",
    kind: "VISIT",
    start: "2023-05-22",
    end: "2023-05-26",
    consent: "NAMED",
    named: ["UNODC", "UNDP", "UNHCR"],
    recommendations: [
      {
        text: "Strengthen the supervision of money or value transfer services in border areas.",
        area: "countering-terrorist-financing",
        pillar: 2,
        priority: "MEDIUM",
      },
      {
        text: "Develop community-based programmes to prevent the recruitment of children and young people.",
        area: "youth",
        pillar: 1,
        priority: "HIGH",
        status: "IN_PROGRESS",
        responses: [{ by: "UNDP", stage: "UNDER_WAY", note: "Pilot in three municipalities of Cauca." }],
      },
    ],
  },
  {
    reference: "CTED/TUN/2024/V",
    state: "TUN",
    kind: "VISIT",
    start: "2024-02-05",
    end: "2024-02-09",
    consent: "UN_ENTITIES",
    recommendations: [
      {
        text: "Establish a national referral mechanism for returning foreign terrorist fighters and their families.",
        area: "prosecution-rehabilitation-reintegration",
        pillar: 3,
        priority: "HIGH",
      },
      {
        text: "Train judges on the admissibility of battlefield evidence.",
        area: "criminal-justice",
        pillar: 2,
        priority: "LOW",
        status: "NO_LONGER_RELEVANT",
      },
    ],
  },
];

export async function seedRecommendations(db: PrismaClient) {
  const organizations = await db.organization.findMany({ select: { id: true, acronym: true, iso3: true } });
  const org = (code: string) => {
    const found = organizations.find((o) => o.acronym === code || o.iso3 === code);
    if (!found) throw new Error(`Demo recommendations: unknown organization ${code}`);
    return found.id;
  };
  const areas = new Map((await db.thematicArea.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
  const author = await db.user.findUnique({ where: { email: "cted@demo.test" }, select: { id: true } });
  for (const demo of demoAssessments) {
    const data = {
      stateId: org(demo.state),
      kind: demo.kind,
      startDate: new Date(`${demo.start}T00:00:00Z`),
      endDate: new Date(`${demo.end}T00:00:00Z`),
      consentScope: demo.consent,
    };
    const existing = await db.assessment.findUnique({ where: { reference: demo.reference }, select: { id: true } });
    const assessment = existing
      ? await db.assessment.update({ where: { id: existing.id }, data })
      : await db.assessment.create({ data: { ...data, reference: demo.reference } });
    const named = (demo.named ?? []).map(org).sort();
    await db.assessmentConsentOrganization.deleteMany({ where: { assessmentId: assessment.id } });
    await db.assessmentConsentOrganization.createMany({
      data: named.map((organizationId) => ({ assessmentId: assessment.id, organizationId })),
    });
    if (!existing) {
      await db.consentChange.create({
        data: {
          assessmentId: assessment.id,
          scope: demo.consent,
          organizationIds: named,
          changedById: author?.id ?? null,
          changedAt: data.endDate,
        },
      });
    }
    for (const [index, rec] of demo.recommendations.entries()) {
      const number = index + 1;
      const recData = {
        text: rec.text,
        thematicAreaId: rec.area ? (areas.get(rec.area) ?? null) : null,
        pillar: rec.pillar,
        priority: rec.priority,
        status: rec.status ?? "OPEN",
        consentScope: rec.consent ?? null,
      };
      const recommendation = await db.recommendation.upsert({
        where: { assessmentId_number: { assessmentId: assessment.id, number } },
        create: { ...recData, assessmentId: assessment.id, number },
        update: recData,
      });
      const recNamed = (rec.named ?? []).map(org).sort();
      await db.recommendationConsentOrganization.deleteMany({ where: { recommendationId: recommendation.id } });
      await db.recommendationConsentOrganization.createMany({
        data: recNamed.map((organizationId) => ({ recommendationId: recommendation.id, organizationId })),
      });
      for (const response of rec.responses ?? []) {
        const organizationId = org(response.by);
        const projectId = response.project
          ? ((await db.project.findUnique({ where: { code: response.project }, select: { id: true } }))?.id ?? null)
          : null;
        const responseData = { stage: response.stage, note: response.note, projectId };
        await db.recommendationResponse.upsert({
          where: { recommendationId_organizationId: { recommendationId: recommendation.id, organizationId } },
          create: { ...responseData, recommendationId: recommendation.id, organizationId },
          update: responseData,
        });
      }
    }
  }
}
