-- CreateTable
CREATE TABLE "Holder" (
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
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "holderId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "statusIndex" INTEGER NOT NULL,
    "kid" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "template" TEXT NOT NULL DEFAULT 'standard',
    "issuedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "statusChangedAt" DATETIME,
    "statusReason" TEXT,
    "replacesCardId" TEXT,
    "idempotencyKey" TEXT,
    "issuedById" TEXT,
    CONSTRAINT "Card_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Holder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SigningKey" (
    "kid" TEXT NOT NULL PRIMARY KEY,
    "publicJwk" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" DATETIME,
    "withdrawnAt" DATETIME
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Holder_reference_key" ON "Holder"("reference");

-- CreateIndex
CREATE INDEX "Holder_searchText_idx" ON "Holder"("searchText");

-- CreateIndex
CREATE INDEX "Holder_dateOfBirth_idx" ON "Holder"("dateOfBirth");

-- CreateIndex
CREATE UNIQUE INDEX "Card_number_key" ON "Card"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Card_statusIndex_key" ON "Card"("statusIndex");

-- CreateIndex
CREATE UNIQUE INDEX "Card_idempotencyKey_key" ON "Card"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Card_holderId_idx" ON "Card"("holderId");

-- CreateIndex
CREATE INDEX "Card_status_expiresAt_idx" ON "Card"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Card_kid_idx" ON "Card"("kid");


-- Written by hand: at most one current (active or suspended) card per holder.
-- Objects written by hand are named manual_* (the drift check leaves them out).
CREATE UNIQUE INDEX "manual_Card_one_current_per_holder" ON "Card"("holderId") WHERE "status" IN ('active', 'suspended');
-- Written by hand: exactly one key signs new cards at a time.
CREATE UNIQUE INDEX "manual_SigningKey_one_active" ON "SigningKey"("status") WHERE "status" = 'active';
