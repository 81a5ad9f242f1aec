-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "position" INTEGER;

-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "position" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "signature" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditChainHead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "appends" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,
    "hash" TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
    "signature" TEXT
);
INSERT INTO "new_AuditChainHead" ("appends", "id") SELECT "appends", "id" FROM "AuditChainHead";
DROP TABLE "AuditChainHead";
ALTER TABLE "new_AuditChainHead" RENAME TO "AuditChainHead";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_position_key" ON "AuditEvent"("position");



-- Written by hand: number the events already in the chain 1, 2, 3... in seq
-- order, and point the head at the last one. The head stays unsigned until the
-- server first starts with its audit key (api/src/audit/audit-key.ts).
DROP TRIGGER "AuditEvent_no_update";
UPDATE "AuditEvent" SET "position" = numbered."rn"
FROM (SELECT "seq", ROW_NUMBER() OVER (ORDER BY "seq") AS "rn" FROM "AuditEvent") AS numbered
WHERE numbered."seq" = "AuditEvent"."seq";
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN SELECT RAISE(ABORT, 'AuditEvent is append-only'); END;
UPDATE "AuditChainHead" SET
  "position" = (SELECT COUNT(*) FROM "AuditEvent"),
  "hash" = COALESCE((SELECT "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
WHERE "id" = 1;

-- Written by hand: checkpoints are append-only too.
CREATE TRIGGER "AuditCheckpoint_no_update" BEFORE UPDATE ON "AuditCheckpoint"
BEGIN SELECT RAISE(ABORT, 'AuditCheckpoint is append-only'); END;
CREATE TRIGGER "AuditCheckpoint_no_delete" BEFORE DELETE ON "AuditCheckpoint"
BEGIN SELECT RAISE(ABORT, 'AuditCheckpoint is append-only'); END;
