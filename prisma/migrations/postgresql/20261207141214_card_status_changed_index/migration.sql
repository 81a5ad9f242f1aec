-- CreateIndex
CREATE INDEX "Card_statusChangedAt_idx" ON "Card"("statusChangedAt");

