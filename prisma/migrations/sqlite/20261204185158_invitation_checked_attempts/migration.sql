-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Invitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "holderId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdById" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "checkedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lockedAt" DATETIME,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "lastUsedAt" DATETIME,
    CONSTRAINT "Invitation_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Holder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Invitation" ("cardId", "channel", "codeHash", "createdAt", "createdById", "expiresAt", "failedAttempts", "holderId", "id", "lastUsedAt", "lockedAt", "revokedAt", "uses") SELECT "cardId", "channel", "codeHash", "createdAt", "createdById", "expiresAt", "failedAttempts", "holderId", "id", "lastUsedAt", "lockedAt", "revokedAt", "uses" FROM "Invitation";
DROP TABLE "Invitation";
ALTER TABLE "new_Invitation" RENAME TO "Invitation";
CREATE UNIQUE INDEX "Invitation_codeHash_key" ON "Invitation"("codeHash");
CREATE INDEX "Invitation_holderId_idx" ON "Invitation"("holderId");
CREATE INDEX "Invitation_lockedAt_idx" ON "Invitation"("lockedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Invitations made before: what was checked so far is what failed plus what opened.
UPDATE "Invitation" SET "checkedAttempts" = "failedAttempts" + "uses";
