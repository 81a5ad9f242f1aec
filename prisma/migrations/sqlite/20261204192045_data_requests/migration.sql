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

-- AlterTable (a plain ADD COLUMN: the column goes last, and erasedAt, added by an earlier migration, stays)
ALTER TABLE "Holder" ADD COLUMN "openDataRequests" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "DataRequest_holderId_idx" ON "DataRequest"("holderId");

-- CreateIndex
CREATE INDEX "DataRequest_status_createdAt_idx" ON "DataRequest"("status", "createdAt");

