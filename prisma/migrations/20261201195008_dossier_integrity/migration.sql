-- CreateEnum
CREATE TYPE "ResultDelivery" AS ENUM ('DESK', 'POST', 'ONLINE');

-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "applicantSearch" TEXT,
ADD COLUMN     "appointmentAt" TIMESTAMP(3),
ADD COLUMN     "declaration" JSONB,
ADD COLUMN     "deliveryAddress" TEXT,
ADD COLUMN     "resultDelivery" "ResultDelivery";

-- CreateIndex
CREATE INDEX "Dossier_agencyId_submittedAt_id_idx" ON "Dossier"("agencyId", "submittedAt", "id");


-- Existing dossiers become searchable by name without diacritics (new ones get it from the application).
UPDATE "Dossier" SET "applicantSearch" = trim(regexp_replace(lower(translate("applicantName", 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD')), '[^a-z0-9.]+', ' ', 'g'))
WHERE "applicantName" IS NOT NULL AND "applicantSearch" IS NULL;
