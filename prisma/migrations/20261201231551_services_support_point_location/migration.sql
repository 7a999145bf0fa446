-- AlterTable
ALTER TABLE "SupportPoint" ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION;

