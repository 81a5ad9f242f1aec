-- AlterTable
ALTER TABLE "ConsultationOption" ADD COLUMN "imageAlt" TEXT;

