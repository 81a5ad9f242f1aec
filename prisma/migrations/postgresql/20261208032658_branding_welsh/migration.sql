-- AlterTable
ALTER TABLE "Branding" ADD COLUMN     "organisationNameCy" TEXT,
ADD COLUMN     "returnAddressCy" TEXT,
ADD COLUMN     "youngCarerWordingCy" TEXT,
ADD COLUMN     "benefitsLineCy" TEXT,
ADD COLUMN     "bilingualLayout" TEXT;
