-- AlterTable
ALTER TABLE "Branding" ADD COLUMN     "benefitsLineCy" TEXT,
ADD COLUMN     "bilingualLayout" TEXT,
ADD COLUMN     "organisationNameCy" TEXT,
ADD COLUMN     "returnAddressCy" TEXT,
ADD COLUMN     "youngCarerWordingCy" TEXT;

