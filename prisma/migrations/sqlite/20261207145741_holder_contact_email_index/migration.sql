-- CreateIndex
CREATE INDEX "Holder_contactEmail_idx" ON "Holder"("contactEmail");

