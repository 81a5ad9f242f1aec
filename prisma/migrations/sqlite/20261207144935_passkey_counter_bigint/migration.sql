-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StaffPasskey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "staffId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "publicKey" BLOB NOT NULL,
    "counter" BIGINT NOT NULL,
    "transports" TEXT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME,
    CONSTRAINT "StaffPasskey_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "Staff" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StaffPasskey" ("counter", "createdAt", "credentialId", "id", "lastUsedAt", "name", "publicKey", "staffId", "transports") SELECT "counter", "createdAt", "credentialId", "id", "lastUsedAt", "name", "publicKey", "staffId", "transports" FROM "StaffPasskey";
DROP TABLE "StaffPasskey";
ALTER TABLE "new_StaffPasskey" RENAME TO "StaffPasskey";
CREATE UNIQUE INDEX "StaffPasskey_credentialId_key" ON "StaffPasskey"("credentialId");
CREATE INDEX "StaffPasskey_staffId_idx" ON "StaffPasskey"("staffId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

