-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "question" TEXT NOT NULL,
    "description" TEXT,
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "opensOn" TEXT NOT NULL,
    "closesOn" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ConsultationOption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "consultationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "templateId" TEXT,
    "imageFile" TEXT,
    CONSTRAINT "ConsultationOption_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsultationAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "consultationId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "voterToken" TEXT NOT NULL,
    CONSTRAINT "ConsultationAnswer_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConsultationAnswer_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "ConsultationOption" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "publicText" TEXT,
    "day" TEXT NOT NULL,
    "decidedAt" DATETIME,
    "decidedById" TEXT
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "youSaid" TEXT NOT NULL,
    "weDid" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TakePartInterest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "holderId" TEXT NOT NULL,
    "contactBy" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "followedUpAt" DATETIME,
    "followedUpById" TEXT,
    CONSTRAINT "TakePartInterest_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Holder" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Consultation_opensOn_closesOn_idx" ON "Consultation"("opensOn", "closesOn");

-- CreateIndex
CREATE INDEX "ConsultationOption_consultationId_idx" ON "ConsultationOption"("consultationId");

-- CreateIndex
CREATE INDEX "ConsultationAnswer_optionId_idx" ON "ConsultationAnswer"("optionId");

-- CreateIndex
CREATE INDEX "ConsultationAnswer_day_idx" ON "ConsultationAnswer"("day");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAnswer_consultationId_voterToken_key" ON "ConsultationAnswer"("consultationId", "voterToken");

-- CreateIndex
CREATE INDEX "Suggestion_status_day_idx" ON "Suggestion"("status", "day");

-- CreateIndex
CREATE INDEX "Outcome_published_day_idx" ON "Outcome"("published", "day");

-- CreateIndex
CREATE INDEX "TakePartInterest_followedUpAt_idx" ON "TakePartInterest"("followedUpAt");

-- CreateIndex
CREATE UNIQUE INDEX "TakePartInterest_holderId_key" ON "TakePartInterest"("holderId");

