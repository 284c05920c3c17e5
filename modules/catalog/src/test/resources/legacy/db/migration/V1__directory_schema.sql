-- Directory: Norway's counties and municipalities (2024 structure), the provider organisations
-- (competence centres and statsforvalter offices) with the counties they cover, and people with their roles.
-- The placeholders (table_options, datetime) differ between H2 and MySQL/MariaDB; see no.samkurs.platform.schema.Schema.

CREATE TABLE organisation (
    id               VARCHAR(80)  NOT NULL,
    type             VARCHAR(30)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    alt_name         VARCHAR(300),
    host_institution VARCHAR(300),
    host_city        VARCHAR(100),
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ${table_options};

CREATE TABLE county (
    number               CHAR(2)      NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    official_name        VARCHAR(200) NOT NULL,
    other_official_names VARCHAR(200),
    statsforvalter_id    VARCHAR(80)  NOT NULL,
    health_region        VARCHAR(50),
    population           INT          NOT NULL,
    centroid_lat         DOUBLE PRECISION NOT NULL,
    centroid_lon         DOUBLE PRECISION NOT NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (number),
    CONSTRAINT fk_county_statsforvalter FOREIGN KEY (statsforvalter_id) REFERENCES organisation (id)
) ${table_options};

CREATE TABLE municipality (
    number               CHAR(4)      NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    official_name        VARCHAR(200) NOT NULL,
    other_official_names VARCHAR(200),
    county_number        CHAR(2)      NOT NULL,
    population           INT          NOT NULL,
    population_date      DATE         NOT NULL,
    area_km2             DECIMAL(10, 2),
    language_form        VARCHAR(20),
    admin_centre         VARCHAR(100),
    lat                  DOUBLE PRECISION NOT NULL,
    lon                  DOUBLE PRECISION NOT NULL,
    centroid_lat         DOUBLE PRECISION NOT NULL,
    centroid_lon         DOUBLE PRECISION NOT NULL,
    website              VARCHAR(200),
    version              BIGINT       NOT NULL,
    PRIMARY KEY (number),
    CONSTRAINT fk_municipality_county FOREIGN KEY (county_number) REFERENCES county (number)
) ${table_options};

CREATE INDEX ix_municipality_county ON municipality (county_number);

CREATE TABLE organisation_county (
    organisation_id VARCHAR(80) NOT NULL,
    county_number   CHAR(2)     NOT NULL,
    PRIMARY KEY (organisation_id, county_number),
    CONSTRAINT fk_orgcounty_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_orgcounty_county FOREIGN KEY (county_number) REFERENCES county (number)
) ${table_options};

CREATE INDEX ix_organisation_county_county ON organisation_county (county_number);

CREATE TABLE person (
    id                  CHAR(36)     NOT NULL,
    email               VARCHAR(254) NOT NULL,
    name                VARCHAR(200) NOT NULL,
    password_hash       VARCHAR(400),
    municipality_number CHAR(4),
    organisation_id     VARCHAR(80),
    active              BOOLEAN      NOT NULL,
    created_at          ${datetime}  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT fk_person_municipality FOREIGN KEY (municipality_number) REFERENCES municipality (number),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};

CREATE TABLE person_role (
    person_id CHAR(36)    NOT NULL,
    role      VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};
