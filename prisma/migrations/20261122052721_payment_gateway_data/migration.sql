-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "gatewayData" JSONB,
ADD COLUMN     "transactionStatus" TEXT;

