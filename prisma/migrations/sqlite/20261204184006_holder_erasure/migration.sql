-- AlterTable
ALTER TABLE "Holder" ADD COLUMN "erasedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Holder_erasedAt_idx" ON "Holder"("erasedAt");

