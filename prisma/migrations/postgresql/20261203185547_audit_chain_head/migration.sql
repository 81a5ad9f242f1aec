-- CreateTable
CREATE TABLE "AuditChainHead" (
    "id" INTEGER NOT NULL,
    "appends" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("id")
);


-- The one row every audit append locks (see the model).
INSERT INTO "AuditChainHead" ("id", "appends") VALUES (1, 0);
