-- AlterEnum
ALTER TYPE "PaymentStatus" ADD VALUE 'SUPERSEDED';

-- DropIndex
DROP INDEX "Refund_paymentId_idx";

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "taxCode" TEXT;

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "feeBeforeCase" INTEGER,
ADD COLUMN     "feeCaseId" TEXT,
ADD COLUMN     "feeCaseStatus" TEXT;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "applied" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "collectedById" TEXT,
ADD COLUMN     "receiptBookId" TEXT,
ADD COLUMN     "receiptNumber" INTEGER;

-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "cause" TEXT NOT NULL DEFAULT 'DOSSIER_CLOSED',
ADD COLUMN     "completedAt" TIMESTAMP(3),
ADD COLUMN     "gatewayTransactionNo" TEXT,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "responseCode" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'REQUESTED';

-- CreateTable
CREATE TABLE "FeeCase" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "proof" TEXT NOT NULL,
    "reductionPercent" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FeeCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentNotification" (
    "id" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "params" JSONB NOT NULL,
    "outcome" TEXT NOT NULL,
    "amount" INTEGER,
    "transactionNo" TEXT,
    "reply" TEXT,
    "effect" TEXT NOT NULL,
    "flagged" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PaymentNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceiptBook" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceiptBook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SandboxPayment" (
    "id" TEXT NOT NULL,
    "tmnCode" TEXT NOT NULL,
    "txnRef" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "orderInfo" TEXT NOT NULL,
    "bankCode" TEXT NOT NULL,
    "transactionNo" TEXT NOT NULL,
    "responseCode" TEXT NOT NULL,
    "transactionStatus" TEXT NOT NULL,
    "createDate" TEXT NOT NULL,
    "payDate" TEXT NOT NULL,
    "refundedAmount" INTEGER NOT NULL DEFAULT 0,
    "refundTransactionNo" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxPayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeeCase_procedureId_idx" ON "FeeCase"("procedureId");

-- CreateIndex
CREATE INDEX "PaymentNotification_paymentId_idx" ON "PaymentNotification"("paymentId");

-- CreateIndex
CREATE INDEX "PaymentNotification_receivedAt_idx" ON "PaymentNotification"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReceiptBook_agencyId_form_series_key" ON "ReceiptBook"("agencyId", "form", "series");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxPayment_transactionNo_key" ON "SandboxPayment"("transactionNo");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxPayment_tmnCode_txnRef_key" ON "SandboxPayment"("tmnCode", "txnRef");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_receiptBookId_receiptNumber_key" ON "Payment"("receiptBookId", "receiptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_paymentId_key" ON "Refund"("paymentId");

-- CreateIndex
CREATE INDEX "Refund_status_idx" ON "Refund"("status");

-- AddForeignKey
ALTER TABLE "FeeCase" ADD CONSTRAINT "FeeCase_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_feeCaseId_fkey" FOREIGN KEY ("feeCaseId") REFERENCES "FeeCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_collectedById_fkey" FOREIGN KEY ("collectedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_receiptBookId_fkey" FOREIGN KEY ("receiptBookId") REFERENCES "ReceiptBook"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentNotification" ADD CONSTRAINT "PaymentNotification_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceiptBook" ADD CONSTRAINT "ReceiptBook_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- What earlier versions kept: every success was applied to its dossier, refunds were the finance office's work
-- outside the portal, and a dossier could have several open attempts (the newest stays open).
UPDATE "Payment" SET "applied" = true WHERE "status" = 'SUCCEEDED';
UPDATE "Refund" SET "status" = 'MANUAL';
UPDATE "Payment" p SET "status" = 'CANCELLED'
WHERE p."status" = 'PENDING'
  AND EXISTS (SELECT 1 FROM "Payment" q WHERE q."dossierId" = p."dossierId" AND q."status" = 'PENDING' AND (q."createdAt", q."id") > (p."createdAt", p."id"));

-- At most one open attempt per dossier, whatever the code path (issue 17). Prisma's schema cannot express a
-- partial index: it lives here (docs/decisions/020-payments-and-receipts.md).
CREATE UNIQUE INDEX "Payment_one_open_attempt_per_dossier" ON "Payment"("dossierId") WHERE "status" = 'PENDING';

-- The gateway's last notification each payment kept becomes its first recorded word, for reconciliation.
INSERT INTO "PaymentNotification" ("id", "paymentId", "source", "receivedAt", "params", "outcome", "amount", "transactionNo", "reply", "effect", "flagged")
SELECT 'm' || p."id", p."id", 'IPN', COALESCE(p."paidAt", p."createdAt"), p."gatewayData", p."status"::text, p."amount", p."gatewayTransactionNo", '00',
       CASE WHEN p."status" = 'SUCCEEDED' THEN 'APPLIED' ELSE 'SETTLED' END, false
FROM "Payment" p WHERE p."gatewayData" IS NOT NULL;
