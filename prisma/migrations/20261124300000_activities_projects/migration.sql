-- Activities and projects (issue 6): thematic areas, projects with their partners, pillars, thematic
-- areas, regions and beneficiary countries; activities with partners, countries and a timeline of updates.
-- Written by hand in the shape Prisma Migrate emits.

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "FundingStatus" AS ENUM ('UNFUNDED', 'PARTIALLY_FUNDED', 'FULLY_FUNDED');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('TRAINING', 'WORKSHOP', 'ASSESSMENT_VISIT', 'EXPERT_MEETING', 'CONFERENCE', 'OUTREACH', 'PUBLICATION', 'PROGRAMME', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED');

-- CreateTable
CREATE TABLE "thematic_area" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_zh" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "thematic_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "lead_organization_id" UUID NOT NULL,
    "working_group_id" UUID,
    "is_global" BOOLEAN NOT NULL DEFAULT false,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "budget_usd" INTEGER NOT NULL,
    "funds_secured_usd" INTEGER NOT NULL DEFAULT 0,
    "funding_status" "FundingStatus" NOT NULL,
    "in_current_appeal" BOOLEAN NOT NULL DEFAULT false,
    "status" "ProjectStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id"),
    -- Not expressible in schema.prisma: the rules the domain validates, kept true for any writer.
    CONSTRAINT "project_period_in_order" CHECK ("end_date" >= "start_date"),
    CONSTRAINT "project_funds_within_budget" CHECK ("funds_secured_usd" >= 0 AND "funds_secured_usd" <= "budget_usd"),
    CONSTRAINT "project_funding_status_follows_amounts" CHECK ("funding_status" = CASE
        WHEN "funds_secured_usd" >= "budget_usd" THEN 'FULLY_FUNDED'::"FundingStatus"
        WHEN "funds_secured_usd" = 0 THEN 'UNFUNDED'::"FundingStatus"
        ELSE 'PARTIALLY_FUNDED'::"FundingStatus" END)
);

-- CreateTable
CREATE TABLE "project_partner" (
    "project_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,

    CONSTRAINT "project_partner_pkey" PRIMARY KEY ("project_id","organization_id")
);

-- CreateTable
CREATE TABLE "project_pillar" (
    "project_id" UUID NOT NULL,
    "pillar" INTEGER NOT NULL,

    CONSTRAINT "project_pillar_pkey" PRIMARY KEY ("project_id","pillar")
);

-- CreateTable
CREATE TABLE "project_thematic_area" (
    "project_id" UUID NOT NULL,
    "thematic_area_id" UUID NOT NULL,

    CONSTRAINT "project_thematic_area_pkey" PRIMARY KEY ("project_id","thematic_area_id")
);

-- CreateTable
CREATE TABLE "project_region" (
    "project_id" UUID NOT NULL,
    "region" "Region" NOT NULL,

    CONSTRAINT "project_region_pkey" PRIMARY KEY ("project_id","region")
);

-- CreateTable
CREATE TABLE "project_country" (
    "project_id" UUID NOT NULL,
    "country_id" UUID NOT NULL,

    CONSTRAINT "project_country_pkey" PRIMARY KEY ("project_id","country_id")
);

-- CreateTable
CREATE TABLE "activity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "description" TEXT,
    "kind" "ActivityKind" NOT NULL,
    "lead_organization_id" UUID NOT NULL,
    "pillar" INTEGER NOT NULL,
    "thematic_area_id" UUID,
    "project_id" UUID,
    "working_group_id" UUID,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "status" "ActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "participants" INTEGER,
    "women_share_percent" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_pkey" PRIMARY KEY ("id"),
    -- Not expressible in schema.prisma: the rules the domain validates, kept true for any writer.
    CONSTRAINT "activity_period_in_order" CHECK ("end_date" >= "start_date"),
    CONSTRAINT "activity_women_share_is_a_percentage" CHECK ("women_share_percent" BETWEEN 0 AND 100)
);

-- CreateTable
CREATE TABLE "activity_partner" (
    "activity_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,

    CONSTRAINT "activity_partner_pkey" PRIMARY KEY ("activity_id","organization_id")
);

-- CreateTable
CREATE TABLE "activity_country" (
    "activity_id" UUID NOT NULL,
    "country_id" UUID NOT NULL,

    CONSTRAINT "activity_country_pkey" PRIMARY KEY ("activity_id","country_id")
);

-- CreateTable
CREATE TABLE "activity_update" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "activity_id" UUID NOT NULL,
    "author_id" UUID,
    "occurred_on" DATE NOT NULL,
    "body" TEXT NOT NULL,
    "new_status" "ActivityStatus",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_update_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "thematic_area_slug_key" ON "thematic_area"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "project_code_key" ON "project"("code");

-- CreateIndex
CREATE INDEX "project_lead_organization_id_idx" ON "project"("lead_organization_id");

-- CreateIndex
CREATE INDEX "project_working_group_id_idx" ON "project"("working_group_id");

-- CreateIndex
CREATE INDEX "project_status_funding_status_idx" ON "project"("status", "funding_status");

-- CreateIndex
CREATE INDEX "project_start_date_idx" ON "project"("start_date");

-- CreateIndex
CREATE INDEX "project_partner_organization_id_idx" ON "project_partner"("organization_id");

-- CreateIndex
CREATE INDEX "project_pillar_pillar_idx" ON "project_pillar"("pillar");

-- CreateIndex
CREATE INDEX "project_thematic_area_thematic_area_id_idx" ON "project_thematic_area"("thematic_area_id");

-- CreateIndex
CREATE INDEX "project_region_region_idx" ON "project_region"("region");

-- CreateIndex
CREATE INDEX "project_country_country_id_idx" ON "project_country"("country_id");

-- CreateIndex
CREATE INDEX "activity_status_start_date_idx" ON "activity"("status", "start_date");

-- CreateIndex
CREATE INDEX "activity_start_date_id_idx" ON "activity"("start_date", "id");

-- CreateIndex
CREATE INDEX "activity_lead_organization_id_start_date_idx" ON "activity"("lead_organization_id", "start_date");

-- CreateIndex
CREATE INDEX "activity_pillar_start_date_idx" ON "activity"("pillar", "start_date");

-- CreateIndex
CREATE INDEX "activity_thematic_area_id_idx" ON "activity"("thematic_area_id");

-- CreateIndex
CREATE INDEX "activity_project_id_idx" ON "activity"("project_id");

-- CreateIndex
CREATE INDEX "activity_working_group_id_idx" ON "activity"("working_group_id");

-- CreateIndex
CREATE INDEX "activity_partner_organization_id_idx" ON "activity_partner"("organization_id");

-- CreateIndex
CREATE INDEX "activity_country_country_id_idx" ON "activity_country"("country_id");

-- CreateIndex
CREATE INDEX "activity_update_activity_id_occurred_on_idx" ON "activity_update"("activity_id", "occurred_on");

-- CreateIndex
CREATE INDEX "activity_update_author_id_idx" ON "activity_update"("author_id");

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_lead_organization_id_fkey" FOREIGN KEY ("lead_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_working_group_id_fkey" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_partner" ADD CONSTRAINT "project_partner_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_partner" ADD CONSTRAINT "project_partner_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_pillar" ADD CONSTRAINT "project_pillar_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_thematic_area" ADD CONSTRAINT "project_thematic_area_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_thematic_area" ADD CONSTRAINT "project_thematic_area_thematic_area_id_fkey" FOREIGN KEY ("thematic_area_id") REFERENCES "thematic_area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_region" ADD CONSTRAINT "project_region_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_country" ADD CONSTRAINT "project_country_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_country" ADD CONSTRAINT "project_country_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_lead_organization_id_fkey" FOREIGN KEY ("lead_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_thematic_area_id_fkey" FOREIGN KEY ("thematic_area_id") REFERENCES "thematic_area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_working_group_id_fkey" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_partner" ADD CONSTRAINT "activity_partner_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_partner" ADD CONSTRAINT "activity_partner_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_country" ADD CONSTRAINT "activity_country_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_country" ADD CONSTRAINT "activity_country_country_id_fkey" FOREIGN KEY ("country_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_update" ADD CONSTRAINT "activity_update_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_update" ADD CONSTRAINT "activity_update_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The initial list of thematic areas (issue 6). Reference data every installation starts with; from here
-- on the secretariat owns the list (renames, reorders, archives, adds) on /projects/thematic-areas, so it
-- lives in the migration rather than in the idempotent seed, which would undo their edits.
INSERT INTO "thematic_area" ("slug", "name", "name_zh", "position") VALUES
    ('pcve', 'Preventing and countering violent extremism (PCVE)', '防止和打击暴力极端主义', 10),
    ('border-security', 'Border security and management', '边境安全和管理', 20),
    ('countering-terrorist-financing', 'Countering the financing of terrorism', '打击资助恐怖主义', 30),
    ('criminal-justice', 'Criminal justice', '刑事司法', 40),
    ('cybersecurity-new-technologies', 'Cybersecurity and new technologies', '网络安全和新技术', 50),
    ('victims-of-terrorism', 'Victims of terrorism', '恐怖主义受害者', 60),
    ('human-rights', 'Human rights', '人权', 70),
    ('gender', 'Gender', '性别问题', 80),
    ('youth', 'Youth', '青年', 90),
    ('cbrn', 'Chemical, biological, radiological and nuclear threats (CBRN)', '化学、生物、放射性和核威胁', 100),
    ('vulnerable-targets', 'Protection of vulnerable targets', '保护易受攻击目标', 110),
    ('strategic-communications', 'Strategic communications', '战略传播', 120),
    ('prosecution-rehabilitation-reintegration', 'Prosecution, rehabilitation and reintegration', '起诉、康复和重返社会', 130),
    ('national-regional-strategies', 'National and regional strategies', '国家和区域战略', 140);
