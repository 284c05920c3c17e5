-- Catalog: offerings with their sessions, co-hosts, topics, target groups, counties and links.
-- Codes are stored as the Java enum names; the API speaks the vocabularies' codes.

CREATE TABLE offering (
    id                 CHAR(36)      NOT NULL,
    version            BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    revision           INT           NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    delivery           VARCHAR(20)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    summary            VARCHAR(500)  NOT NULL,
    description        ${clob},
    national           BOOLEAN       NOT NULL,
    language           VARCHAR(5)    NOT NULL,
    price_nok          INT           NOT NULL,
    capacity           INT,
    seats_taken        INT           NOT NULL DEFAULT 0,
    enrollment_opens   ${datetime},
    enrollment_closes  ${datetime},
    contact_name       VARCHAR(200),
    contact_email      VARCHAR(254),
    contact_phone      VARCHAR(40),
    venue_name         VARCHAR(200),
    venue_address      VARCHAR(300),
    venue_municipality CHAR(4),
    lead_id            VARCHAR(80)   NOT NULL,
    cancel_reason      VARCHAR(1000),
    created_at         ${datetime}   NOT NULL,
    updated_at         ${datetime}   NOT NULL,
    published_at       ${datetime},
    PRIMARY KEY (id),
    CONSTRAINT fk_offering_lead FOREIGN KEY (lead_id) REFERENCES organisation (id),
    CONSTRAINT fk_offering_venue FOREIGN KEY (venue_municipality) REFERENCES municipality (number),
    CONSTRAINT ck_offering_seats CHECK (capacity IS NULL OR seats_taken <= capacity)
) ${table_options};

CREATE INDEX ix_offering_lead ON offering (lead_id);
CREATE INDEX ix_offering_updated ON offering (updated_at);

CREATE TABLE offering_session (
    id          CHAR(36)     NOT NULL,
    offering_id CHAR(36)     NOT NULL,
    starts_at   ${datetime}  NOT NULL,
    ends_at     ${datetime}  NOT NULL,
    title       VARCHAR(200),
    join_url    VARCHAR(1000),
    location    VARCHAR(300),
    PRIMARY KEY (id),
    CONSTRAINT fk_session_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ${table_options};

CREATE INDEX ix_session_offering ON offering_session (offering_id, starts_at);
CREATE INDEX ix_session_starts ON offering_session (starts_at);

CREATE TABLE offering_host (
    offering_id     CHAR(36)    NOT NULL,
    position        INT         NOT NULL,
    organisation_id   VARCHAR(80)  NOT NULL,
    organisation_name VARCHAR(200) NOT NULL,
    state           VARCHAR(20) NOT NULL,
    invited_at      ${datetime} NOT NULL,
    answered_at     ${datetime},
    PRIMARY KEY (offering_id, position),
    CONSTRAINT fk_host_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_host_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};

CREATE INDEX ix_offering_host_organisation ON offering_host (organisation_id);

CREATE TABLE offering_topic (
    offering_id CHAR(36)    NOT NULL,
    topic       VARCHAR(40) NOT NULL,
    PRIMARY KEY (offering_id, topic),
    CONSTRAINT fk_topic_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ${table_options};

CREATE TABLE offering_target_group (
    offering_id  CHAR(36)    NOT NULL,
    target_group VARCHAR(40) NOT NULL,
    PRIMARY KEY (offering_id, target_group),
    CONSTRAINT fk_target_group_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ${table_options};

CREATE TABLE offering_county (
    offering_id   CHAR(36) NOT NULL,
    county_number CHAR(2)  NOT NULL,
    PRIMARY KEY (offering_id, county_number),
    CONSTRAINT fk_offering_county_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_offering_county_county FOREIGN KEY (county_number) REFERENCES county (number)
) ${table_options};

CREATE TABLE offering_link (
    offering_id CHAR(36)      NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    url         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (offering_id, position),
    CONSTRAINT fk_link_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ${table_options};
