package no.samkurs.calendar.series.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One meeting of a series, named by the date the rule gives it (its RECURRENCE-ID), moved to other times, cancelled
 * (kept, shown as cancelled), or both. A value: a new change replaces the old one rather than altering it, because
 * EclipseLink finds an element-collection row by its old values.
 */
@Embeddable
public class OccurrenceChange {

    @Column(name = "occurrence_date")
    private LocalDate date;

    private boolean cancelled;

    /** The new times when moved; null when the meeting keeps the series' times. */
    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    protected OccurrenceChange() {
    }

    OccurrenceChange(LocalDate date, boolean cancelled, Instant startsAt, Instant endsAt) {
        this.date = Objects.requireNonNull(date);
        this.cancelled = cancelled;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public LocalDate date() {
        return date;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public boolean moved() {
        return startsAt != null;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    boolean sameAs(OccurrenceChange other) {
        return date.equals(other.date) && cancelled == other.cancelled && Objects.equals(startsAt, other.startsAt)
                && Objects.equals(endsAt, other.endsAt);
    }
}
