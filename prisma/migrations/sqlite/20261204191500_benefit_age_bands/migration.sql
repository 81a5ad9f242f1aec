-- Benefit age limits fall on the edges of fixed bands (api/src/shared/age-bands.ts):
-- youngest 8, 12, 15, 18, 21 or 25; oldest 7, 11, 14, 17, 20 or 24. Limits set before
-- are narrowed to the band edge inside them (no one gains an offer), 0 and 30 mean
-- no limit, and an offer left with no age at all is paused for staff to look at.
UPDATE "Benefit" SET
  "minAge" = CASE
    WHEN "minAge" IS NULL OR "minAge" <= 0 THEN NULL
    WHEN "minAge" <= 8 THEN 8
    WHEN "minAge" <= 12 THEN 12
    WHEN "minAge" <= 15 THEN 15
    WHEN "minAge" <= 18 THEN 18
    WHEN "minAge" <= 21 THEN 21
    ELSE 25 END,
  "maxAge" = CASE
    WHEN "maxAge" IS NULL OR "maxAge" >= 30 THEN NULL
    WHEN "maxAge" >= 24 THEN 24
    WHEN "maxAge" >= 20 THEN 20
    WHEN "maxAge" >= 17 THEN 17
    WHEN "maxAge" >= 14 THEN 14
    WHEN "maxAge" >= 11 THEN 11
    ELSE 7 END;
UPDATE "Benefit" SET "active" = FALSE WHERE "minAge" IS NOT NULL AND "maxAge" IS NOT NULL AND "minAge" > "maxAge";
