-- AlterTable
ALTER TABLE "Branding" ADD COLUMN "organisationNameCy" TEXT;
ALTER TABLE "Branding" ADD COLUMN "returnAddressCy" TEXT;
ALTER TABLE "Branding" ADD COLUMN "youngCarerWordingCy" TEXT;
ALTER TABLE "Branding" ADD COLUMN "benefitsLineCy" TEXT;
ALTER TABLE "Branding" ADD COLUMN "bilingualLayout" TEXT;
