-- CreateEnum
CREATE TYPE "IdentityLevel" AS ENUM ('SELF_DECLARED', 'VERIFIED');

-- AlterTable
ALTER TABLE "AssistedPerson" DROP COLUMN "consentCodeExpiresAt",
DROP COLUMN "consentCodeHash";

-- AlterTable
-- Sessions open at the upgrade keep at most the browser session's absolute lifetime (12 hours from their start).
ALTER TABLE "Session" ADD COLUMN     "absoluteExpiresAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "persistent" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Session" SET "absoluteExpiresAt" = "createdAt" + interval '12 hours';
ALTER TABLE "Session" ALTER COLUMN "absoluteExpiresAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "identityIssuer" TEXT,
ADD COLUMN     "identityLevel" "IdentityLevel" NOT NULL DEFAULT 'SELF_DECLARED',
ADD COLUMN     "identitySubject" TEXT,
ADD COLUMN     "identityVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "phoneVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "sex" TEXT;

-- CreateTable
CREATE TABLE "OneTimeCode" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "userId" TEXT,
    "sentTo" TEXT,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "payload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdentityLogin" (
    "stateHash" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "codeVerifier" TEXT NOT NULL,
    "redirectTo" TEXT,
    "persistent" BOOLEAN NOT NULL DEFAULT false,
    "linkUserId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdentityLogin_pkey" PRIMARY KEY ("stateHash")
);

-- CreateTable
CREATE TABLE "SandboxPerson" (
    "id" TEXT NOT NULL,
    "nationalId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "sex" TEXT NOT NULL,
    "phone" TEXT,
    "address" TEXT,
    "level" INTEGER NOT NULL DEFAULT 2,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxPerson_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OneTimeCode_codeHash_idx" ON "OneTimeCode"("codeHash");

-- CreateIndex
CREATE INDEX "OneTimeCode_expiresAt_idx" ON "OneTimeCode"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeCode_purpose_subject_key" ON "OneTimeCode"("purpose", "subject");

-- CreateIndex
CREATE INDEX "IdentityLogin_expiresAt_idx" ON "IdentityLogin"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxPerson_nationalId_key" ON "SandboxPerson"("nationalId");

-- AddForeignKey
ALTER TABLE "OneTimeCode" ADD CONSTRAINT "OneTimeCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A dossier filed for someone else (counter, support point) was linked to any account that typed the same CCCD.
-- Only an e-ID-verified account (none exists before this migration) or a claim with a code sent to the dossier's
-- phone links it now: the person claims it again from "Hồ sơ của tôi".
UPDATE "Dossier" SET "applicantId" = NULL WHERE "channel" <> 'ONLINE' AND "applicantId" IS NOT NULL;
