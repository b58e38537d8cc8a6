-- Working-group spaces (join requests, posts, comments, mentions, attachments), the joint work plan
-- (items, partners, endorsements) and the thematic resource library (resources, tags).

-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "WorkPlanStatus" AS ENUM ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('FILE', 'LINK');

-- CreateTable
CREATE TABLE "join_request" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "group_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "message" TEXT,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "join_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "post" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "group_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "last_activity_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "post_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mention" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "post_id" UUID NOT NULL,
    "comment_id" UUID,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "post_attachment" (
    "post_id" UUID NOT NULL,
    "resource_id" UUID NOT NULL,

    CONSTRAINT "post_attachment_pkey" PRIMARY KEY ("post_id","resource_id")
);

-- CreateTable
CREATE TABLE "work_plan_item" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "group_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "lead_organization_id" UUID NOT NULL,
    "pillar" INTEGER NOT NULL,
    "deliverable" TEXT,
    "due_date" DATE,
    "status" "WorkPlanStatus" NOT NULL DEFAULT 'PROPOSED',
    "rank" INTEGER NOT NULL,
    "proposed_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "work_plan_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_plan_partner" (
    "item_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,

    CONSTRAINT "work_plan_partner_pkey" PRIMARY KEY ("item_id","organization_id")
);

-- CreateTable
CREATE TABLE "endorsement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "item_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "endorsement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resource" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "ResourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "pillars" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "language" TEXT NOT NULL,
    "publisher_organization_id" UUID NOT NULL,
    "published_on" DATE NOT NULL,
    "group_id" UUID,
    "url" TEXT,
    "storage_key" TEXT,
    "file_name" TEXT,
    "mime_type" TEXT,
    "size_bytes" INTEGER,
    "created_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tag" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,

    CONSTRAINT "tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resource_tag" (
    "resource_id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,

    CONSTRAINT "resource_tag_pkey" PRIMARY KEY ("resource_id","tag_id")
);

-- CreateIndex
CREATE INDEX "join_request_user_id_idx" ON "join_request"("user_id");

-- CreateIndex
CREATE INDEX "join_request_decided_by_id_idx" ON "join_request"("decided_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "join_request_group_id_user_id_key" ON "join_request"("group_id", "user_id");

-- CreateIndex
CREATE INDEX "post_group_id_pinned_last_activity_at_idx" ON "post"("group_id", "pinned", "last_activity_at");

-- CreateIndex
CREATE INDEX "post_author_id_idx" ON "post"("author_id");

-- CreateIndex
CREATE INDEX "post_deleted_by_id_idx" ON "post"("deleted_by_id");

-- CreateIndex
CREATE INDEX "comment_post_id_created_at_idx" ON "comment"("post_id", "created_at");

-- CreateIndex
CREATE INDEX "comment_author_id_idx" ON "comment"("author_id");

-- CreateIndex
CREATE INDEX "mention_user_id_created_at_idx" ON "mention"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "mention_post_id_idx" ON "mention"("post_id");

-- CreateIndex
CREATE INDEX "mention_comment_id_idx" ON "mention"("comment_id");

-- CreateIndex
CREATE INDEX "post_attachment_resource_id_idx" ON "post_attachment"("resource_id");

-- CreateIndex
CREATE INDEX "work_plan_item_group_id_rank_idx" ON "work_plan_item"("group_id", "rank");

-- CreateIndex
CREATE INDEX "work_plan_item_lead_organization_id_idx" ON "work_plan_item"("lead_organization_id");

-- CreateIndex
CREATE INDEX "work_plan_item_proposed_by_id_idx" ON "work_plan_item"("proposed_by_id");

-- CreateIndex
CREATE INDEX "work_plan_partner_organization_id_idx" ON "work_plan_partner"("organization_id");

-- CreateIndex
CREATE INDEX "endorsement_organization_id_idx" ON "endorsement"("organization_id");

-- CreateIndex
CREATE INDEX "endorsement_user_id_idx" ON "endorsement"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "endorsement_item_id_organization_id_key" ON "endorsement"("item_id", "organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "resource_storage_key_key" ON "resource"("storage_key");

-- CreateIndex
CREATE INDEX "resource_group_id_published_on_idx" ON "resource"("group_id", "published_on");

-- CreateIndex
CREATE INDEX "resource_publisher_organization_id_idx" ON "resource"("publisher_organization_id");

-- CreateIndex
CREATE INDEX "resource_created_by_id_idx" ON "resource"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "tag_name_key" ON "tag"("name");

-- CreateIndex
CREATE INDEX "resource_tag_tag_id_idx" ON "resource_tag"("tag_id");

-- AddForeignKey
ALTER TABLE "join_request" ADD CONSTRAINT "join_request_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "join_request" ADD CONSTRAINT "join_request_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "join_request" ADD CONSTRAINT "join_request_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post" ADD CONSTRAINT "post_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post" ADD CONSTRAINT "post_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post" ADD CONSTRAINT "post_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_attachment" ADD CONSTRAINT "post_attachment_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_attachment" ADD CONSTRAINT "post_attachment_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_plan_item" ADD CONSTRAINT "work_plan_item_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_plan_item" ADD CONSTRAINT "work_plan_item_lead_organization_id_fkey" FOREIGN KEY ("lead_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_plan_item" ADD CONSTRAINT "work_plan_item_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_plan_partner" ADD CONSTRAINT "work_plan_partner_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "work_plan_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_plan_partner" ADD CONSTRAINT "work_plan_partner_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "endorsement" ADD CONSTRAINT "endorsement_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "work_plan_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "endorsement" ADD CONSTRAINT "endorsement_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "endorsement" ADD CONSTRAINT "endorsement_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource" ADD CONSTRAINT "resource_publisher_organization_id_fkey" FOREIGN KEY ("publisher_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource" ADD CONSTRAINT "resource_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource" ADD CONSTRAINT "resource_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_tag" ADD CONSTRAINT "resource_tag_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resource_tag" ADD CONSTRAINT "resource_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
