-- AlterTable
ALTER TABLE "MfaChallenge" ADD COLUMN "webauthnChallenge" TEXT;

-- CreateTable
CREATE TABLE "StaffPasskey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "staffId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "publicKey" BLOB NOT NULL,
    "counter" INTEGER NOT NULL,
    "transports" TEXT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME,
    CONSTRAINT "StaffPasskey_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (plain ADD COLUMN, not a table copy)
ALTER TABLE "Staff" ADD COLUMN "passkeyCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Staff" ADD COLUMN "passkeyChallenge" TEXT;
ALTER TABLE "Staff" ADD COLUMN "passkeyChallengeExpiresAt" DATETIME;

-- CreateIndex
CREATE UNIQUE INDEX "StaffPasskey_credentialId_key" ON "StaffPasskey"("credentialId");

-- CreateIndex
CREATE INDEX "StaffPasskey_staffId_idx" ON "StaffPasskey"("staffId");

