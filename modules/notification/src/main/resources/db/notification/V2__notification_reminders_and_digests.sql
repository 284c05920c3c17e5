-- Notification, the messages beyond enrollment: an offering changed or cancelled, reminders, thanks, co-host
-- invitations and the coordinators' overlap digest.

-- What some kinds need besides offering and enrollment, as decided when recorded: a reminder's event and meeting
-- ("<uid> <start>"), the invited organisation's id, a digest's region and pairs (one "<first>/<second>" a line
-- after the region's id). Null for the others.
ALTER TABLE notification_outbox ADD about ${clob};

-- The kinds of a person's messages: a person without a row gets reminders (the default); a row says what they chose
-- on "Min side". Kept by the notification component, so the directory's person stays as it is.
CREATE TABLE notification_preference (
    person_id   CHAR(36)     NOT NULL,
    version     BIGINT       NOT NULL,
    reminders   BOOLEAN      NOT NULL,
    updated_at  ${datetime}  NOT NULL,
    PRIMARY KEY (person_id)
) ${table_options};

-- The overlapping pairs a region's coordinators have been told of in a digest (or that were there when it was
-- made), so that the next digest tells only of new ones. The key refuses a second digest of the same pairs made at
-- the same time on another instance.
CREATE TABLE notification_overlap_seen (
    region_id  VARCHAR(80)  NOT NULL,
    first_id   CHAR(36)     NOT NULL,
    second_id  CHAR(36)     NOT NULL,
    seen_on    DATE         NOT NULL,
    PRIMARY KEY (region_id, first_id, second_id)
) ${table_options};
