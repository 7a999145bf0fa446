-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "digitised" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "paidOnline" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "StatisticsRollup" (
    "id" SERIAL NOT NULL,
    "month" DATE NOT NULL,
    "agencyId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "received" INTEGER NOT NULL,
    "early" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "late" INTEGER NOT NULL,
    "withdrawn" INTEGER NOT NULL,
    "stopped" INTEGER NOT NULL,
    "refused" INTEGER NOT NULL,
    "onlinePayments" INTEGER NOT NULL,
    "onlinePaymentAmount" BIGINT NOT NULL,
    "feeBearing" INTEGER NOT NULL,
    "feePaidOnline" INTEGER NOT NULL,
    "rated" INTEGER NOT NULL,
    "satisfied" INTEGER NOT NULL,
    "processingMinutes" INTEGER NOT NULL,
    "digitised" INTEGER NOT NULL,

    CONSTRAINT "StatisticsRollup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatisticsRefresh" (
    "id" INTEGER NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatisticsRefresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatisticsRollup_month_idx" ON "StatisticsRollup"("month");

-- CreateIndex
CREATE INDEX "Dossier_updatedAt_idx" ON "Dossier"("updatedAt");


-- Backfill: what was paid through the gateway before the column existed.
UPDATE "Dossier" d SET "paidOnline" = p.total
FROM (SELECT "dossierId", sum(amount)::int AS total FROM "Payment" WHERE status = 'SUCCEEDED' GROUP BY "dossierId") p
WHERE p."dossierId" = d.id;
