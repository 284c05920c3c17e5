-- The length of the offering's waitlist, kept beside seats_taken by the enrollment component in the same
-- transaction as the enrollments themselves, so that the catalog shows both without counting rows.
ALTER TABLE offering ADD COLUMN waitlisted INT NOT NULL DEFAULT 0;
