-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "cardsFinishedAt" TIMESTAMP(3),
ADD COLUMN     "cardsStartedAt" TIMESTAMP(3),
ADD COLUMN     "cardsStartedById" TEXT,
ADD COLUMN     "cardsStatus" TEXT;

-- AlterTable
ALTER TABLE "ImportRow" ADD COLUMN     "cardId" TEXT,
ADD COLUMN     "cardProblem" TEXT,
ADD COLUMN     "cardResult" TEXT;

