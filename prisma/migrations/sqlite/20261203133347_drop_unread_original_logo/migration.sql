-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Branding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationName" TEXT,
    "helpline" TEXT,
    "returnAddress" TEXT,
    "primaryColour" TEXT,
    "youngCarerWording" TEXT,
    "benefitsLine" TEXT,
    "logoType" TEXT,
    "logoPrint" BLOB,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);
INSERT INTO "new_Branding" ("benefitsLine", "helpline", "id", "logoPrint", "logoType", "organisationName", "primaryColour", "returnAddress", "updatedAt", "updatedById", "youngCarerWording") SELECT "benefitsLine", "helpline", "id", "logoPrint", "logoType", "organisationName", "primaryColour", "returnAddress", "updatedAt", "updatedById", "youngCarerWording" FROM "Branding";
DROP TABLE "Branding";
ALTER TABLE "new_Branding" RENAME TO "Branding";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

