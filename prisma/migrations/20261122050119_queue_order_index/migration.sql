-- CreateIndex
CREATE INDEX "Dossier_agencyId_dueAt_id_idx" ON "Dossier"("agencyId", "dueAt", "id");

