-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "fileHash" TEXT NOT NULL,
    "columns" TEXT NOT NULL,
    "mapping" TEXT,
    "onMatch" TEXT NOT NULL DEFAULT 'update',
    "status" TEXT NOT NULL,
    "totalRows" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
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

    CONSTRAINT "ImportRow_pkey" PRIMARY KEY ("jobId","rowNumber")
);

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt");

-- CreateIndex
CREATE INDEX "ImportRow_jobId_result_idx" ON "ImportRow"("jobId", "result");

-- AddForeignKey
ALTER TABLE "ImportRow" ADD CONSTRAINT "ImportRow_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

