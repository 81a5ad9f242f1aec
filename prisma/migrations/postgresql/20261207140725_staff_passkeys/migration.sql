-- AlterTable
ALTER TABLE "Staff" ADD COLUMN     "passkeyCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "passkeyChallenge" TEXT,
ADD COLUMN     "passkeyChallengeExpiresAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MfaChallenge" ADD COLUMN     "webauthnChallenge" TEXT;

-- CreateTable
CREATE TABLE "StaffPasskey" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "publicKey" BYTEA NOT NULL,
    "counter" INTEGER NOT NULL,
    "transports" TEXT,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "StaffPasskey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffPasskey_credentialId_key" ON "StaffPasskey"("credentialId");

-- CreateIndex
CREATE INDEX "StaffPasskey_staffId_idx" ON "StaffPasskey"("staffId");

-- AddForeignKey
ALTER TABLE "StaffPasskey" ADD CONSTRAINT "StaffPasskey_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

