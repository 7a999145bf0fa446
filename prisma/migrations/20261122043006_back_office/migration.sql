-- DropIndex
DROP INDEX "Dossier_agencyId_status_dueAt_idx";

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "approvalRequestedAt" TIMESTAMP(3),
ADD COLUMN     "outcome" TEXT;

-- CreateIndex
CREATE INDEX "Dossier_agencyId_status_dueAt_id_idx" ON "Dossier"("agencyId", "status", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Dossier_agencyId_assigneeId_status_idx" ON "Dossier"("agencyId", "assigneeId", "status");

