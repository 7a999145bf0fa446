-- DropForeignKey
ALTER TABLE "ProcedureForm" DROP CONSTRAINT "ProcedureForm_fileId_fkey";

-- AlterTable
ALTER TABLE "ProcedureForm" DROP COLUMN "fileId";

-- CreateTable
CREATE TABLE "IssuedDocument" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "formCode" TEXT,
    "title" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "dossierId" TEXT,
    "fileId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sourceSha256" TEXT,
    "signer" TEXT NOT NULL,
    "testCertificate" BOOLEAN NOT NULL DEFAULT false,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" TEXT,
    "status" TEXT NOT NULL DEFAULT 'VALID',
    "supersededAt" TIMESTAMP(3),
    "supersededByCode" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,

    CONSTRAINT "IssuedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_code_key" ON "IssuedDocument"("code");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedDocument_fileId_key" ON "IssuedDocument"("fileId");

-- CreateIndex
CREATE INDEX "IssuedDocument_subject_status_idx" ON "IssuedDocument"("subject", "status");

-- CreateIndex
CREATE INDEX "IssuedDocument_sha256_idx" ON "IssuedDocument"("sha256");

-- CreateIndex
CREATE INDEX "IssuedDocument_dossierId_idx" ON "IssuedDocument"("dossierId");

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

