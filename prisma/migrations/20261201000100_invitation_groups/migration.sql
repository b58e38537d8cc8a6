-- An invitation may name the working groups the new person joins when they accept it.
-- Written by hand in the shape Prisma Migrate emits.

-- CreateTable
CREATE TABLE "invitation_group" (
    "invitation_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,

    CONSTRAINT "invitation_group_pkey" PRIMARY KEY ("invitation_id","group_id")
);

-- CreateIndex
CREATE INDEX "invitation_group_group_id_idx" ON "invitation_group"("group_id");

-- AddForeignKey
ALTER TABLE "invitation_group" ADD CONSTRAINT "invitation_group_invitation_id_fkey" FOREIGN KEY ("invitation_id") REFERENCES "invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_group" ADD CONSTRAINT "invitation_group_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
