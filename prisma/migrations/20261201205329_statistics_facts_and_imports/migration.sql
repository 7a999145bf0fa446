-- The statistics are rebuilt per dossier (ADR 015): the old rollup counted everything in the month received.
DELETE FROM "StatisticsRollup";
DELETE FROM "StatisticsRefresh";

-- DropIndex
DROP INDEX "StatisticsRollup_month_idx";

-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "nationalPortal" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "StatisticsRefresh" ADD COLUMN     "stockMonth" DATE;

-- AlterTable
ALTER TABLE "StatisticsRollup" DROP CONSTRAINT "StatisticsRollup_pkey",
DROP COLUMN "id",
ADD COLUMN     "grain" TEXT NOT NULL,
ADD COLUMN     "receivedCounter" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "receivedOnline" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "receivedSupportPoint" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "refusedAtReceipt" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "received" SET DEFAULT 0,
ALTER COLUMN "early" SET DEFAULT 0,
ALTER COLUMN "onTime" SET DEFAULT 0,
ALTER COLUMN "late" SET DEFAULT 0,
ALTER COLUMN "withdrawn" SET DEFAULT 0,
ALTER COLUMN "stopped" SET DEFAULT 0,
ALTER COLUMN "refused" SET DEFAULT 0,
ALTER COLUMN "onlinePayments" SET DEFAULT 0,
ALTER COLUMN "onlinePaymentAmount" SET DEFAULT 0,
ALTER COLUMN "feeBearing" SET DEFAULT 0,
ALTER COLUMN "feePaidOnline" SET DEFAULT 0,
ALTER COLUMN "rated" SET DEFAULT 0,
ALTER COLUMN "satisfied" SET DEFAULT 0,
ALTER COLUMN "processingMinutes" SET DEFAULT 0,
ALTER COLUMN "processingMinutes" SET DATA TYPE BIGINT,
ALTER COLUMN "digitised" SET DEFAULT 0,
ADD CONSTRAINT "StatisticsRollup_pkey" PRIMARY KEY ("grain", "month", "agencyId", "unitId", "procedureId", "channel");

-- CreateTable
CREATE TABLE "StatisticsFact" (
    "dossierId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "receivedDay" DATE,
    "refusedAtReceiptDay" DATE,
    "decidedDay" DATE,
    "verdict" TEXT,
    "refused" BOOLEAN NOT NULL DEFAULT false,
    "closedDay" DATE,
    "closure" TEXT,
    "processingMinutes" INTEGER NOT NULL DEFAULT 0,
    "paidOnline" INTEGER NOT NULL DEFAULT 0,
    "feeBearing" BOOLEAN NOT NULL DEFAULT false,
    "rated" BOOLEAN NOT NULL DEFAULT false,
    "satisfied" BOOLEAN NOT NULL DEFAULT false,
    "digitised" BOOLEAN NOT NULL DEFAULT false,
    "receivedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "pausedSince" TIMESTAMP(3),
    "stockUntil" DATE,

    CONSTRAINT "StatisticsFact_pkey" PRIMARY KEY ("dossierId")
);

-- CreateTable
CREATE TABLE "StatisticsStock" (
    "grain" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "agencyId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "open" INTEGER NOT NULL DEFAULT 0,
    "overdue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatisticsStock_pkey" PRIMARY KEY ("grain","month","agencyId","unitId","procedureId","channel")
);

-- CreateTable
CREATE TABLE "StatisticsOpen" (
    "dossierId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3),
    "pausedSince" TIMESTAMP(3),

    CONSTRAINT "StatisticsOpen_pkey" PRIMARY KEY ("dossierId")
);

-- CreateTable
CREATE TABLE "StatisticsChange" (
    "id" BIGSERIAL NOT NULL,
    "dossierId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatisticsChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT,
    "status" TEXT NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "checked" INTEGER NOT NULL DEFAULT 0,
    "stored" INTEGER NOT NULL DEFAULT 0,
    "problemCount" INTEGER NOT NULL DEFAULT 0,
    "problems" JSONB,
    "startedById" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatisticsFact_receivedDay_idx" ON "StatisticsFact"("receivedDay");

-- CreateIndex
CREATE INDEX "StatisticsFact_decidedDay_idx" ON "StatisticsFact"("decidedDay");

-- CreateIndex
CREATE INDEX "StatisticsFact_closedDay_idx" ON "StatisticsFact"("closedDay");

-- CreateIndex
CREATE INDEX "StatisticsFact_refusedAtReceiptDay_idx" ON "StatisticsFact"("refusedAtReceiptDay");

-- CreateIndex
CREATE INDEX "StatisticsFact_finishedAt_idx" ON "StatisticsFact"("finishedAt");

-- CreateIndex
CREATE INDEX "ImportRun_kind_sha256_idx" ON "ImportRun"("kind", "sha256");



-- Every change to a dossier that counts (received, or refused at reception) is queued for the statistics, by
-- whichever code wrote it and however late its transaction commits. Statement-level, so a batch insert of an
-- import queues its rows in one go.
CREATE FUNCTION "statistics_queue_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "StatisticsChange" ("dossierId") SELECT n.id FROM new_rows n WHERE n."receivedAt" IS NOT NULL OR n.status = 'NOT_ACCEPTED';
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "StatisticsChange" ("dossierId") SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n."receivedAt" IS NOT NULL OR n.status = 'NOT_ACCEPTED' OR o."receivedAt" IS NOT NULL OR o.status = 'NOT_ACCEPTED';
  ELSE
    INSERT INTO "StatisticsChange" ("dossierId") SELECT o.id FROM old_rows o WHERE o."receivedAt" IS NOT NULL OR o.status = 'NOT_ACCEPTED';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "statistics_dossier_inserted" AFTER INSERT ON "Dossier" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "statistics_queue_changed"();
CREATE TRIGGER "statistics_dossier_updated" AFTER UPDATE ON "Dossier" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "statistics_queue_changed"();
CREATE TRIGGER "statistics_dossier_deleted" AFTER DELETE ON "Dossier" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "statistics_queue_changed"();

-- Every dossier already stored is folded in on the first read.
INSERT INTO "StatisticsChange" ("dossierId") SELECT id FROM "Dossier" WHERE "receivedAt" IS NOT NULL OR status = 'NOT_ACCEPTED';
