-- Calendar: the events the feeds show (kept after a session is removed, as cancelled), recurring series of
-- meetings with their moved or cancelled occurrences, personal feed tokens and follows, and coordinators' marks on
-- overlapping offerings.

-- One row per VEVENT identity: a catalog session or a series. Maintained in the transaction that changes the offering
-- or the series, so that a removed session is remembered (as cancelled) and SEQUENCE and LAST-MODIFIED are exact.
-- content is what the feed shows (JSON; a removed session's text is gone from the catalog), fingerprint its SHA-256.
-- starts_at/ends_at span a series' meetings. No foreign key to the session: a removed session's event stays.
-- version: an offering's and a series' change made at the same time each write the event; the later one fails.
CREATE TABLE calendar_event (
    uid            VARCHAR(120) NOT NULL,
    offering_id    CHAR(36)     NOT NULL,
    version        BIGINT       NOT NULL,
    session_id     CHAR(36),
    series_id      CHAR(36),
    starts_at      ${datetime}  NOT NULL,
    ends_at        ${datetime}  NOT NULL,
    cancelled      BOOLEAN      NOT NULL,
    sequence       INT          NOT NULL,
    fingerprint    CHAR(64)     NOT NULL,
    content        ${clob}      NOT NULL,
    created_at     ${datetime}  NOT NULL,
    last_modified  ${datetime}  NOT NULL,
    PRIMARY KEY (uid),
    CONSTRAINT fk_calendar_event_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ${table_options};

-- Feeds pick the events of offerings chosen in the catalog's tables, by this index alone (it holds every column a
-- feed needs but the content, which only events not yet rendered on an instance are read for); the views a window.
CREATE INDEX ix_calendar_event_feed ON calendar_event (offering_id, ends_at, cancelled, starts_at, sequence,
    last_modified, created_at, fingerprint);
CREATE INDEX ix_calendar_event_window ON calendar_event (ends_at, starts_at);
CREATE INDEX ix_calendar_event_session ON calendar_event (session_id);
CREATE INDEX ix_calendar_event_series ON calendar_event (series_id);

-- One row: raised in every transaction that changes what any feed shows; feeds' ETags are made from it.
CREATE TABLE calendar_generation (
    id          INT          NOT NULL,
    generation  BIGINT       NOT NULL,
    changed_at  ${datetime}  NOT NULL,
    PRIMARY KEY (id)
) ${table_options};

INSERT INTO calendar_generation (id, generation, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);

-- A recurring series of meetings (RFC 5545 RRULE) of an offering, in Norwegian local time.
CREATE TABLE calendar_series (
    id           CHAR(36)      NOT NULL,
    offering_id  CHAR(36)      NOT NULL,
    version      BIGINT        NOT NULL,
    revision     INT           NOT NULL,
    title        VARCHAR(200),
    first_date   DATE          NOT NULL,
    start_time   TIME          NOT NULL,
    end_time     TIME          NOT NULL,
    rule         VARCHAR(500)  NOT NULL,
    location     VARCHAR(300),
    join_url     VARCHAR(1000),
    cancelled    BOOLEAN       NOT NULL,
    created_at   ${datetime}   NOT NULL,
    updated_at   ${datetime}   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_series_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ${table_options};

CREATE INDEX ix_series_offering ON calendar_series (offering_id);

-- Dates the rule skips (EXDATE), e.g. the autumn holiday week.
CREATE TABLE calendar_series_excluded (
    series_id     CHAR(36)  NOT NULL,
    excluded_date DATE      NOT NULL,
    PRIMARY KEY (series_id, excluded_date),
    CONSTRAINT fk_series_excluded FOREIGN KEY (series_id) REFERENCES calendar_series (id)
) ${table_options};

-- Single occurrences moved or cancelled (RECURRENCE-ID overrides), named by the occurrence's original date.
CREATE TABLE calendar_series_change (
    series_id        CHAR(36)     NOT NULL,
    occurrence_date  DATE         NOT NULL,
    cancelled        BOOLEAN      NOT NULL,
    starts_at        ${datetime},
    ends_at          ${datetime},
    PRIMARY KEY (series_id, occurrence_date),
    CONSTRAINT fk_series_change FOREIGN KEY (series_id) REFERENCES calendar_series (id)
) ${table_options};

-- Personal feed addresses: only a hash of the secret is kept; a revoked one answers like one that never existed.
CREATE TABLE calendar_token (
    token_hash  CHAR(64)     NOT NULL,
    person_id   CHAR(36)     NOT NULL,
    created_at  ${datetime}  NOT NULL,
    revoked_at  ${datetime},
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_calendar_token_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE INDEX ix_calendar_token_person ON calendar_token (person_id);

-- Offerings a person follows: in their personal feed (until enrollment puts their own there as well).
CREATE TABLE calendar_follow (
    person_id    CHAR(36)     NOT NULL,
    offering_id  CHAR(36)     NOT NULL,
    created_at   ${datetime}  NOT NULL,
    PRIMARY KEY (person_id, offering_id),
    CONSTRAINT fk_follow_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_follow_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ${table_options};

CREATE INDEX ix_follow_offering ON calendar_follow (offering_id);

-- A region's coordinators' mark on a pair of overlapping offerings (first_id < second_id).
CREATE TABLE calendar_overlap_mark (
    region_id   VARCHAR(80)   NOT NULL,
    first_id    CHAR(36)      NOT NULL,
    second_id   CHAR(36)      NOT NULL,
    version     BIGINT        NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    note        VARCHAR(1000),
    marked_by   CHAR(36)      NOT NULL,
    marked_at   ${datetime}   NOT NULL,
    PRIMARY KEY (region_id, first_id, second_id),
    CONSTRAINT fk_mark_region FOREIGN KEY (region_id) REFERENCES organisation (id),
    CONSTRAINT fk_mark_first FOREIGN KEY (first_id) REFERENCES offering (id),
    CONSTRAINT fk_mark_second FOREIGN KEY (second_id) REFERENCES offering (id),
    CONSTRAINT fk_mark_person FOREIGN KEY (marked_by) REFERENCES person (id)
) ${table_options};
