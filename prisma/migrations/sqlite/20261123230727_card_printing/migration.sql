-- AlterTable
ALTER TABLE "Card" ADD COLUMN "qrMask" INTEGER;

-- CreateTable
CREATE TABLE "Branding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationName" TEXT,
    "helpline" TEXT,
    "returnAddress" TEXT,
    "primaryColour" TEXT,
    "youngCarerWording" TEXT,
    "benefitsLine" TEXT,
    "logo" BLOB,
    "logoType" TEXT,
    "logoPrint" BLOB,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

