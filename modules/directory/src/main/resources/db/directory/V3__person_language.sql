-- The language a person reads Samkurs in (bokmål, nynorsk or English), chosen on "Min side" or with the language
-- menu while signed in. Empty: not chosen yet (the pages then speak bokmål, or what the browser's cookie says).
-- Plain types only, so the placeholders of V1 (table_options, datetime) are not needed here.

ALTER TABLE person ADD COLUMN language VARCHAR(2);

ALTER TABLE person ADD CONSTRAINT ck_person_language CHECK (language IN ('nb', 'nn', 'en'));
