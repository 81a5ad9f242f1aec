-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "preferredName" TEXT,
    "dateOfBirth" TEXT NOT NULL,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "school" TEXT,
    "area" TEXT,
    "referrerRole" TEXT NOT NULL,
    "referrerName" TEXT NOT NULL,
    "referrerOrganisation" TEXT,
    "referrerEmail" TEXT,
    "referrerPhone" TEXT,
    "withAdult" BOOLEAN NOT NULL DEFAULT false,
    "consentBy" TEXT NOT NULL,
    "consentMethod" TEXT NOT NULL,
    "photoFile" TEXT,
    "searchText" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "holderId" TEXT,
    "outcomeMessageId" TEXT,
    "erasedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ReferralDayCount" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Referral_reference_key" ON "Referral"("reference");

-- CreateIndex
CREATE INDEX "Referral_status_createdAt_idx" ON "Referral"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_dateOfBirth_idx" ON "Referral"("dateOfBirth");

-- CreateIndex
CREATE INDEX "Referral_holderId_idx" ON "Referral"("holderId");

