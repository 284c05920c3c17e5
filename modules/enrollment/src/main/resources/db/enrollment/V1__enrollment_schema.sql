-- Enrollment: who holds a seat or waits for one, each offering's enrollment policy (cancellation deadline, seats per
-- municipality, fair-share seats) and attendance per session. The counts of confirmed and waiting people are kept
-- on the catalog's offering row (seats_taken, waitlisted), whose row lock serialises every seat decision.

-- arrival: the order in which the database admitted the enrollments of one offering (assigned under the offering's
-- row lock, so strict and gap-free per offering on any number of instances); arrived_at: when the request came.
-- A cancelled enrollment keeps its row (the person may enroll again: the row is reused as a new arrival).
-- municipality_number and service: where the person works, recorded for the statistics.
-- eligible: whether the person's municipality could use fair-share seats when they arrived.
CREATE TABLE enrollment (
    id                  CHAR(36)      NOT NULL,
    version             BIGINT        NOT NULL,
    offering_id         CHAR(36)      NOT NULL,
    person_id           CHAR(36)      NOT NULL,
    arrival             BIGINT        NOT NULL,
    arrived_at          ${datetime}   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    seat                VARCHAR(16),
    eligible            BOOLEAN       NOT NULL,
    municipality_number CHAR(4),
    service             VARCHAR(40),
    enrolled_by         CHAR(36),
    idempotency_key     VARCHAR(100),
    confirmed_at        ${datetime},
    promoted            BOOLEAN       NOT NULL,
    cancelled_at        ${datetime},
    cancelled_by        CHAR(36),
    cancel_reason       VARCHAR(500),
    PRIMARY KEY (id),
    CONSTRAINT uq_enrollment_person UNIQUE (offering_id, person_id),
    CONSTRAINT uq_enrollment_key UNIQUE (person_id, idempotency_key),
    CONSTRAINT fk_enrollment_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_enrollment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_enrollment_municipality FOREIGN KEY (municipality_number) REFERENCES municipality (number)
) ${table_options};

-- The waitlist in order, the participant list, and positions (how many wait with a smaller arrival).
CREATE INDEX ix_enrollment_line ON enrollment (offering_id, status, arrival);
-- A person's enrollments; a municipality's enrollments and whether it was reached this season.
CREATE INDEX ix_enrollment_person ON enrollment (person_id, status);
CREATE INDEX ix_enrollment_municipality ON enrollment (municipality_number, status, arrived_at);

-- One row per offering that has rules beyond the catalog's capacity and enrollment window.
-- reserved_seats are held until reserved_until for municipalities farther than far_km from the nearest centre of
-- the lead provider's family, or (unreached) not reached by any offering this season; released_at is when the
-- unused ones went to the waitlist.
CREATE TABLE enrollment_policy (
    offering_id            CHAR(36)     NOT NULL,
    version                BIGINT       NOT NULL,
    cancel_deadline        ${datetime},
    seats_per_municipality INT,
    reserved_seats         INT          NOT NULL,
    reserved_until         ${datetime},
    far_km                 INT,
    unreached              BOOLEAN      NOT NULL,
    released_at            ${datetime},
    updated_at             ${datetime}  NOT NULL,
    PRIMARY KEY (offering_id),
    CONSTRAINT fk_enrollment_policy_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT ck_enrollment_policy_reserved CHECK (reserved_seats >= 0)
) ${table_options};

-- Reservations still to release, found by the release job.
CREATE INDEX ix_enrollment_policy_release ON enrollment_policy (released_at, reserved_until);

-- Whether a confirmed participant came to a session. No foreign key to the session: removing a session from the
-- offering must not be blocked by what was recorded about it.
CREATE TABLE attendance (
    enrollment_id CHAR(36)     NOT NULL,
    session_id    CHAR(36)     NOT NULL,
    attended      BOOLEAN      NOT NULL,
    recorded_at   ${datetime}  NOT NULL,
    recorded_by   CHAR(36)     NOT NULL,
    PRIMARY KEY (enrollment_id, session_id),
    CONSTRAINT fk_attendance_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
) ${table_options};
