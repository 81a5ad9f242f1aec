-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN "cardsFinishedAt" DATETIME;
ALTER TABLE "ImportJob" ADD COLUMN "cardsStartedAt" DATETIME;
ALTER TABLE "ImportJob" ADD COLUMN "cardsStartedById" TEXT;
ALTER TABLE "ImportJob" ADD COLUMN "cardsStatus" TEXT;

-- AlterTable
ALTER TABLE "ImportRow" ADD COLUMN "cardId" TEXT;
ALTER TABLE "ImportRow" ADD COLUMN "cardProblem" TEXT;
ALTER TABLE "ImportRow" ADD COLUMN "cardResult" TEXT;

