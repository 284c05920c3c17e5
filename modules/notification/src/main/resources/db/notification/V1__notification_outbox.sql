-- Notification: the outbox of messages to send. A row is written in the transaction of the change that causes it
-- (an enrollment, a promotion, a cancellation), so a message exists exactly when its change committed; the sender
-- renders and delivers it later.

-- What is recorded at the change (a batch of changes in one multi-row INSERT): kind, recipient, offering, enrollment,
-- the place in line, the SEQUENCE its calendar part will carry (decided now, so that a late or repeated delivery
-- never goes back), the person's language, and dedupe_key, unique, so that one change never records two messages.
-- Columns that only some kinds use are nullable (a digest has no enrollment).
-- Delivery: status PENDING, SENT or FAILED; attempts so far; when the next may be made; the last failure in short;
-- a lease (claimed_by until claimed_until) taken by one sender in the database, so that on several instances a
-- message is sent by one of them, and taken again by another once the lease runs out (its instance died);
-- message_id is fixed with the row, so a delivery repeated after a crash carries the same Message-ID.
-- No foreign keys: the desk writes its new enrollments after their events (the row does not exist yet), and a log
-- should not take locks on the rows it names.
CREATE TABLE notification_outbox (
    id              CHAR(36)      NOT NULL,
    version         BIGINT        NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    person_id       CHAR(36)      NOT NULL,
    offering_id     CHAR(36),
    enrollment_id   CHAR(36),
    position        INT,
    sequence        INT           NOT NULL,
    language        VARCHAR(2),
    dedupe_key      VARCHAR(200)  NOT NULL,
    message_id      VARCHAR(100)  NOT NULL,
    created_at      ${datetime}   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at ${datetime}   NOT NULL,
    last_error      VARCHAR(500),
    claimed_by      VARCHAR(100),
    claimed_until   ${datetime},
    sent_at         ${datetime},
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_dedupe UNIQUE (dedupe_key),
    CONSTRAINT ck_notification_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
) ${table_options};

-- The sender's question: what is pending and due, oldest first.
CREATE INDEX ix_notification_due ON notification_outbox (status, next_attempt_at);
-- An enrollment's messages in order: the SEQUENCE of the next one, the cycle for its dedupe key.
CREATE INDEX ix_notification_enrollment ON notification_outbox (enrollment_id, sequence);
-- The rows one claim took.
CREATE INDEX ix_notification_claim ON notification_outbox (claimed_by);
