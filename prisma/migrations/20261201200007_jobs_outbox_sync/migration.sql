-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "deliveredAt" TIMESTAMP(3),
ADD COLUMN     "deliveryStatus" TEXT,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "notBefore" TIMESTAMP(3),
ADD COLUMN     "providerMessageId" TEXT;

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalSync" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "status" "DossierStatus" NOT NULL,
    "statusCode" INTEGER NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "syncedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lastTryAt" TIMESTAMP(3),

    CONSTRAINT "NationalSync_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxSms" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "brandname" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxSms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxNationalRecord" (
    "id" TEXT NOT NULL,
    "dossierCode" TEXT NOT NULL,
    "statusCode" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxNationalRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutboxMessage_dispatchedAt_createdAt_idx" ON "OutboxMessage"("dispatchedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "NationalSync_eventId_key" ON "NationalSync"("eventId");

-- CreateIndex
CREATE INDEX "NationalSync_dossierId_changedAt_idx" ON "NationalSync"("dossierId", "changedAt");

-- CreateIndex
CREATE INDEX "NationalSync_syncedAt_changedAt_idx" ON "NationalSync"("syncedAt", "changedAt");

-- CreateIndex
CREATE INDEX "SandboxSms_phone_receivedAt_idx" ON "SandboxSms"("phone", "receivedAt");

-- CreateIndex
CREATE INDEX "SandboxNationalRecord_dossierCode_receivedAt_idx" ON "SandboxNationalRecord"("dossierCode", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_channel_createdAt_idx" ON "Notification"("channel", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_providerMessageId_idx" ON "Notification"("providerMessageId");

