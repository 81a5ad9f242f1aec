-- AlterTable
ALTER TABLE "Holder" ADD COLUMN     "openDataRequests" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "DataRequest" (
    "id" TEXT NOT NULL,
    "holderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "deviceId" TEXT,
    "handledAt" TIMESTAMP(3),
    "handledById" TEXT,

    CONSTRAINT "DataRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DataRequest_holderId_idx" ON "DataRequest"("holderId");

-- CreateIndex
CREATE INDEX "DataRequest_status_createdAt_idx" ON "DataRequest"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "DataRequest" ADD CONSTRAINT "DataRequest_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Holder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

