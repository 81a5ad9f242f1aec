-- AlterTable
ALTER TABLE "Holder" ADD COLUMN     "erasedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Holder_erasedAt_idx" ON "Holder"("erasedAt");

