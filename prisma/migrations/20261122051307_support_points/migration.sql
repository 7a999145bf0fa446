-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "assistedPersonId" TEXT;

-- CreateTable
CREATE TABLE "AssistedPerson" (
    "id" TEXT NOT NULL,
    "supportPointId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "nationalId" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "phone" TEXT NOT NULL,
    "consentMethod" TEXT,
    "consentAt" TIMESTAMP(3),
    "consentFileId" TEXT,
    "consentCodeHash" TEXT,
    "consentCodeExpiresAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssistedPerson_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssistedPerson_supportPointId_nationalId_key" ON "AssistedPerson"("supportPointId", "nationalId");

-- CreateIndex
CREATE INDEX "Dossier_supportPointId_submittedAt_idx" ON "Dossier"("supportPointId", "submittedAt");

-- AddForeignKey
ALTER TABLE "AssistedPerson" ADD CONSTRAINT "AssistedPerson_supportPointId_fkey" FOREIGN KEY ("supportPointId") REFERENCES "SupportPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_assistedPersonId_fkey" FOREIGN KEY ("assistedPersonId") REFERENCES "AssistedPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

