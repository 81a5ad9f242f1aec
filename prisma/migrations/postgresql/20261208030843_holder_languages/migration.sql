-- AlterTable
ALTER TABLE "Holder" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "cardLanguage" TEXT NOT NULL DEFAULT 'en';
