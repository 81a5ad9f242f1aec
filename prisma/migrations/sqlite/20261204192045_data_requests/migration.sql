-- CreateTable
CREATE TABLE "DataRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "holderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "deviceId" TEXT,
    "handledAt" DATETIME,
    "handledById" TEXT,
    CONSTRAINT "DataRequest_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Holder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Holder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "preferredName" TEXT,
    "dateOfBirth" TEXT NOT NULL,
    "photoFile" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "consentBy" TEXT NOT NULL,
    "consentAt" DATETIME NOT NULL,
    "consentMethod" TEXT NOT NULL,
    "reference" TEXT,
    "notes" TEXT,
    "caringNote" TEXT,
    "searchText" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "openDataRequests" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Holder" ("caringNote", "consentAt", "consentBy", "consentMethod", "contactEmail", "contactPhone", "createdAt", "dateOfBirth", "familyName", "givenName", "id", "notes", "photoFile", "preferredName", "reference", "searchText", "updatedAt") SELECT "caringNote", "consentAt", "consentBy", "consentMethod", "contactEmail", "contactPhone", "createdAt", "dateOfBirth", "familyName", "givenName", "id", "notes", "photoFile", "preferredName", "reference", "searchText", "updatedAt" FROM "Holder";
DROP TABLE "Holder";
ALTER TABLE "new_Holder" RENAME TO "Holder";
CREATE UNIQUE INDEX "Holder_reference_key" ON "Holder"("reference");
CREATE INDEX "Holder_searchText_idx" ON "Holder"("searchText");
CREATE INDEX "Holder_dateOfBirth_idx" ON "Holder"("dateOfBirth");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DataRequest_holderId_idx" ON "DataRequest"("holderId");

-- CreateIndex
CREATE INDEX "DataRequest_status_createdAt_idx" ON "DataRequest"("status", "createdAt");

