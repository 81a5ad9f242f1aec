-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "holderId" TEXT,
    "outcomeMessageId" TEXT,
    "erasedAt" TIMESTAMP(3),

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralDayCount" (
    "day" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ReferralDayCount_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE UNIQUE INDEX "Referral_reference_key" ON "Referral"("reference");

-- CreateIndex
CREATE INDEX "Referral_status_createdAt_idx" ON "Referral"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_dateOfBirth_idx" ON "Referral"("dateOfBirth");

-- CreateIndex
CREATE INDEX "Referral_holderId_idx" ON "Referral"("holderId");

