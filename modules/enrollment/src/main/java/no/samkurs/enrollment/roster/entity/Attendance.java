package no.samkurs.enrollment.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether one confirmed participant came to one session; one row per enrollment and session, recorded again as
 * often as the organiser corrects it. Recorded only for confirmed participants, and only once the session has
 * started. The last recording wins: who recorded it and when are kept.
 */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    @Id
    @Column(name = "enrollment_id")
    private String enrollmentId;

    @Id
    @Column(name = "session_id")
    private String sessionId;

    private boolean attended;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected Attendance() {
    }

    /** Records whether the participant came; see {@link #requireStarted} and {@link #requireConfirmed}. */
    public Attendance(String enrollmentId, String sessionId, boolean attended, String by, Instant now) {
        this.enrollmentId = Objects.requireNonNull(enrollmentId);
        this.sessionId = Objects.requireNonNull(sessionId);
        record(attended, by, now);
    }

    /** Nobody can have come to a session that has not started yet. */
    public static void requireStarted(Session session, Instant now) {
        if (now.isBefore(session.startsAt())) {
            throw new Refused(Refusal.SESSION_NOT_STARTED, session.startsAt());
        }
    }

    /** Only confirmed participants held a seat to come in; the waiting and the cancelled did not. */
    public static void requireConfirmed(Enrollment enrollment) {
        if (enrollment.status() != EnrollmentStatus.CONFIRMED) {
            throw new Refused(Refusal.NOT_CONFIRMED);
        }
    }

    /** A correction: the new answer, and who gave it when. */
    public void record(boolean attended, String by, Instant now) {
        this.attended = attended;
        this.recordedBy = Objects.requireNonNull(by);
        this.recordedAt = Objects.requireNonNull(now);
    }

    public String enrollmentId() {
        return enrollmentId;
    }

    public String sessionId() {
        return sessionId;
    }

    public boolean attended() {
        return attended;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** The primary key: one enrollment at one session. */
    public static class Key implements Serializable {

        private String enrollmentId;
        private String sessionId;

        public Key() {
        }

        public Key(String enrollmentId, String sessionId) {
            this.enrollmentId = enrollmentId;
            this.sessionId = sessionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(enrollmentId, key.enrollmentId)
                    && Objects.equals(sessionId, key.sessionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrollmentId, sessionId);
        }
    }
}
