-- AlterTable
ALTER TABLE "StaffPasskey" ALTER COLUMN "counter" SET DATA TYPE BIGINT;

