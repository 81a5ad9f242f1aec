-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL,
    "createdById" TEXT,
    "fileHash" TEXT NOT NULL,
    "columns" TEXT NOT NULL,
    "mapping" TEXT,
    "onMatch" TEXT NOT NULL DEFAULT 'update',
    "status" TEXT NOT NULL,
    "totalRows" INTEGER NOT NULL,
    "startedAt" DATETIME,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ImportRow" (
    "jobId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "cells" TEXT NOT NULL,
    "input" TEXT,
    "problems" TEXT NOT NULL DEFAULT '[]',
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    "result" TEXT,
    "holderId" TEXT,

    PRIMARY KEY ("jobId", "rowNumber"),
    CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt");

-- CreateIndex
CREATE INDEX "ImportRow_jobId_result_idx" ON "ImportRow"("jobId", "result");

