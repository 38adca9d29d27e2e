-- The Active Offer: each contact records whether the person chose English or Welsh (null where nobody asked,
-- as on contacts from before); the person's record keeps the latest choice, English until they choose Welsh.
ALTER TABLE contact ADD COLUMN language VARCHAR(10) CHECK (language IN ('ENGLISH', 'WELSH'));
ALTER TABLE person ADD COLUMN language VARCHAR(10) NOT NULL DEFAULT 'ENGLISH' CHECK (language IN ('ENGLISH', 'WELSH'));
