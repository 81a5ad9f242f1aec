-- AlterTable: added at the end, so a new database and a migrated one have the same column order
ALTER TABLE "Holder" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Holder" ADD COLUMN "cardLanguage" TEXT NOT NULL DEFAULT 'en';
