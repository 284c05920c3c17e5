package no.samkurs.calendar.overlap.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.samkurs.platform.problem.RuleViolation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A region's coordinators' conclusion about a pair of overlapping offerings. Invariants: the pair is named in order
 * (first id before second), one mark per region and pair, a note of at most 1000 characters; a mark remembers who
 * set it and when, and a stale change is refused by its version.
 */
@Entity
@Table(name = "calendar_overlap_mark")
@IdClass(Mark.Key.class)
@NamedQuery(name = Mark.OF_REGION, query = "SELECT m FROM Mark m WHERE m.regionId = :region")
public class Mark {

    public static final String OF_REGION = "Mark.ofRegion";
    public static final int NOTE_LENGTH = 1000;

    /** The primary key: region and ordered pair (a class, not a record: JPA sets its fields). */
    public static class Key implements Serializable {

        private String regionId;
        private String firstId;
        private String secondId;

        public Key() {
        }

        public Key(String regionId, String firstId, String secondId) {
            this.regionId = regionId;
            this.firstId = firstId;
            this.secondId = secondId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(regionId, key.regionId)
                    && Objects.equals(firstId, key.firstId) && Objects.equals(secondId, key.secondId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regionId, firstId, secondId);
        }
    }

    @Id
    @Column(name = "region_id")
    private String regionId;

    @Id
    @Column(name = "first_id")
    private String firstId;

    @Id
    @Column(name = "second_id")
    private String secondId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private MarkState state;

    private String note;

    @Column(name = "marked_by")
    private String markedBy;

    @Column(name = "marked_at")
    private Instant markedAt;

    protected Mark() {
    }

    public Mark(String regionId, String firstId, String secondId, MarkState state, String note, String by,
                Instant now) {
        if (firstId.compareTo(secondId) >= 0) {
            throw new IllegalArgumentException("A pair is named in order: " + firstId + " before " + secondId);
        }
        this.regionId = Objects.requireNonNull(regionId);
        this.firstId = firstId;
        this.secondId = secondId;
        change(state, note, by, now);
    }

    /** A new conclusion replaces the old one; who and when follow it. */
    public void change(MarkState state, String note, String by, Instant now) {
        String stripped = note == null || note.isBlank() ? null : note.strip();
        if (stripped != null && stripped.length() > NOTE_LENGTH) {
            throw RuleViolation.invalid("note", "Notatet kan være høyst " + NOTE_LENGTH + " tegn.");
        }
        this.state = Objects.requireNonNull(state);
        this.note = stripped;
        this.markedBy = Objects.requireNonNull(by);
        this.markedAt = now;
    }

    public String regionId() {
        return regionId;
    }

    public String firstId() {
        return firstId;
    }

    public String secondId() {
        return secondId;
    }

    public long version() {
        return version;
    }

    public MarkState state() {
        return state;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public String markedBy() {
        return markedBy;
    }

    public Instant markedAt() {
        return markedAt;
    }
}
