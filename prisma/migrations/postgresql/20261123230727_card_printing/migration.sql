-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "qrMask" INTEGER;

-- CreateTable
CREATE TABLE "Branding" (
    "id" TEXT NOT NULL,
    "organisationName" TEXT,
    "helpline" TEXT,
    "returnAddress" TEXT,
    "primaryColour" TEXT,
    "youngCarerWording" TEXT,
    "benefitsLine" TEXT,
    "logo" BYTEA,
    "logoType" TEXT,
    "logoPrint" BYTEA,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Branding_pkey" PRIMARY KEY ("id")
);

