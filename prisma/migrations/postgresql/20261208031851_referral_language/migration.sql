-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

