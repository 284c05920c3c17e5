-- Newer than any database made with the shared history: it must run on those too.
ALTER TABLE alpha ADD COLUMN note VARCHAR(20);
