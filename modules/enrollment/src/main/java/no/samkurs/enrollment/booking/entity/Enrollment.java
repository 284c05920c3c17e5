package no.samkurs.enrollment.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/**
 * One person's place in one offering: a seat, a place in line, or cancelled. New enrollments are written in batches
 * by the desk (see {@code Desk}), so the constructor is for reading and tests; the changes afterwards go through
 * this class and its rules.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {

    @Id
    private String id;

    @Version
    private long version;

    @Column(name = "offering_id")
    private String offeringId;

    @Column(name = "person_id")
    private String personId;

    private long arrival;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Enumerated(EnumType.STRING)
    private EnrollmentStatus status;

    @Enumerated(EnumType.STRING)
    private Seat seat;

    private boolean eligible;

    @Column(name = "municipality_number")
    private String municipality;

    private String service;

    @Column(name = "enrolled_by")
    private String enrolledBy;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    private boolean promoted;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    protected Enrollment() {
    }

    /** An enrollment as the desk admits it. */
    public Enrollment(String id, String offeringId, Arrival arrival, boolean eligible, long number, Seat seat,
                      Instant now) {
        this.id = id;
        this.offeringId = offeringId;
        this.personId = arrival.personId();
        this.idempotencyKey = arrival.idempotencyKey();
        this.enrolledBy = arrival.enrolledBy();
        admit(arrival, eligible, number, seat, now);
    }

    /** Someone who cancelled enrolls again: a new arrival at the back of the line, on the same row. */
    public void reenroll(Arrival arrival, boolean eligible, long number, Seat seat, Instant now) {
        if (status.active()) {
            throw new IllegalStateException("Only a cancelled enrollment is renewed");
        }
        idempotencyKey = arrival.idempotencyKey();
        enrolledBy = arrival.enrolledBy();
        promoted = false;
        cancelledAt = null;
        cancelledBy = null;
        cancelReason = null;
        admit(arrival, eligible, number, seat, now);
    }

    private void admit(Arrival arrival, boolean eligible, long number, Seat seat, Instant now) {
        this.arrival = number;
        this.arrivedAt = arrival.receivedAt();
        this.eligible = eligible;
        this.municipality = arrival.municipality();
        this.service = arrival.service();
        this.seat = seat;
        this.status = seat == null ? EnrollmentStatus.WAITLISTED : EnrollmentStatus.CONFIRMED;
        this.confirmedAt = seat == null ? null : now;
    }

    /** A waiting person gets the seat that freed. */
    public void promote(Seat seat, Instant now) {
        if (status != EnrollmentStatus.WAITLISTED) {
            throw new IllegalStateException("Only the waitlisted are promoted, not " + status);
        }
        this.status = EnrollmentStatus.CONFIRMED;
        this.seat = seat;
        this.promoted = true;
        this.confirmedAt = now;
    }

    /** Cancels; says which seat it frees, if any. */
    public Optional<Seat> cancel(String by, String reason, Instant now) {
        if (!status.active()) {
            throw new IllegalStateException("Already cancelled");
        }
        Optional<Seat> freed = status == EnrollmentStatus.CONFIRMED ? Optional.of(seat) : Optional.empty();
        status = EnrollmentStatus.CANCELLED;
        seat = null;
        cancelledAt = now;
        cancelledBy = by;
        cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
        return freed;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String offeringId() {
        return offeringId;
    }

    public String personId() {
        return personId;
    }

    public long arrival() {
        return arrival;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public EnrollmentStatus status() {
        return status;
    }

    public Optional<Seat> seat() {
        return Optional.ofNullable(seat);
    }

    public boolean eligible() {
        return eligible;
    }

    public Optional<String> municipality() {
        return Optional.ofNullable(municipality);
    }

    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    public Optional<String> enrolledBy() {
        return Optional.ofNullable(enrolledBy);
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    public boolean promoted() {
        return promoted;
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Optional<String> cancelledBy() {
        return Optional.ofNullable(cancelledBy);
    }

    public Optional<String> cancelReason() {
        return Optional.ofNullable(cancelReason);
    }
}
