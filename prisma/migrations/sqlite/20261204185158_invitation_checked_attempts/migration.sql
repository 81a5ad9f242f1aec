-- AlterTable (a plain ADD COLUMN, so it goes last, as on PostgreSQL)
ALTER TABLE "Invitation" ADD COLUMN "checkedAttempts" INTEGER NOT NULL DEFAULT 0;

-- Invitations made before: what was checked so far is what failed plus what opened.
UPDATE "Invitation" SET "checkedAttempts" = "failedAttempts" + "uses";
