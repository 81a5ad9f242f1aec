-- CreateIndex
CREATE INDEX "Card_status_statusIndex_idx" ON "Card"("status", "statusIndex");


-- Written by hand (objects named manual_* are left out of the drift check).
-- Holder search matches every word anywhere in "searchText" (LIKE '%word%'),
-- which a B-tree cannot serve: at 1,000,000 holders every search read the
-- whole table. A trigram GIN index serves LIKE '%word%' for words of three
-- characters or more. pg_trgm ships with PostgreSQL (contrib) and is a
-- trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "manual_Holder_searchText_trgm" ON "Holder" USING gin ("searchText" gin_trgm_ops);
