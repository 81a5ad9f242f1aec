-- CreateIndex
CREATE INDEX "Card_status_statusIndex_idx" ON "Card"("status", "statusIndex");

