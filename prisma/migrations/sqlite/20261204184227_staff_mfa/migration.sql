-- AlterTable
ALTER TABLE "Staff" ADD COLUMN "totpEnabledAt" DATETIME;
ALTER TABLE "Staff" ADD COLUMN "totpLastStep" INTEGER;
ALTER TABLE "Staff" ADD COLUMN "totpPending" TEXT;
ALTER TABLE "Staff" ADD COLUMN "totpSecret" TEXT;

-- AlterTable
ALTER TABLE "StaffSession" ADD COLUMN "lastUsedAt" DATETIME;
ALTER TABLE "StaffSession" ADD COLUMN "userAgent" TEXT;

-- CreateTable
CREATE TABLE "MfaRecoveryCode" (
    "codeHash" TEXT NOT NULL PRIMARY KEY,
    "staffId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "MfaRecoveryCode_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MfaChallenge" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "staffId" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "MfaChallenge_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MfaRecoveryCode_staffId_idx" ON "MfaRecoveryCode"("staffId");

-- CreateIndex
CREATE INDEX "MfaChallenge_staffId_idx" ON "MfaChallenge"("staffId");

