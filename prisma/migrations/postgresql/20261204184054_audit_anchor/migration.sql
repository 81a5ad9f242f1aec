-- AlterTable
ALTER TABLE "AuditChainHead" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000',
ADD COLUMN     "signature" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "position" INTEGER;

-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "position" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("position")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_position_key" ON "AuditEvent"("position");



-- Written by hand: number the events already in the chain 1, 2, 3... in seq
-- order, and point the head at the last one. The head stays unsigned until the
-- server first starts with its audit key (api/src/audit/audit-key.ts).
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
UPDATE "AuditEvent" SET "position" = numbered."rn"
FROM (SELECT "seq", ROW_NUMBER() OVER (ORDER BY "seq") AS "rn" FROM "AuditEvent") AS numbered
WHERE numbered."seq" = "AuditEvent"."seq";
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";
UPDATE "AuditChainHead" SET
  "position" = (SELECT COUNT(*) FROM "AuditEvent"),
  "hash" = COALESCE((SELECT "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000')
WHERE "id" = 1;

-- Written by hand: checkpoints are append-only too.
CREATE FUNCTION "audit_checkpoint_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditCheckpoint is append-only';
END
$$;
CREATE TRIGGER "AuditCheckpoint_append_only" BEFORE UPDATE OR DELETE ON "AuditCheckpoint"
FOR EACH ROW EXECUTE FUNCTION "audit_checkpoint_append_only"();
