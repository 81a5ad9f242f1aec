-- AlterTable
ALTER TABLE "Branding" DROP COLUMN "logo";

