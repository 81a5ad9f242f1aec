-- CreateTable
CREATE TABLE "AuditChainHead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "appends" INTEGER NOT NULL DEFAULT 0
);


-- The one row every audit append locks (see the model).
INSERT INTO "AuditChainHead" ("id", "appends") VALUES (1, 0);
