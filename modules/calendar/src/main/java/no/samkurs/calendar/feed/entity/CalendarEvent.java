package no.samkurs.calendar.feed.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One VEVENT identity in the feeds: a catalog session ({@code <sessionId>@samkurs.no}) or a series
 * ({@code series-<seriesId>@samkurs.no}). Invariants: the UID never changes; SEQUENCE never goes down; LAST-MODIFIED
 * moves exactly when what the feed shows changes (its fingerprint); an event is never deleted, so a session removed
 * from its offering stays, cancelled, until it is past.
 */
@Entity
@Table(name = "calendar_event")
@NamedQuery(name = CalendarEvent.OF_OFFERINGS, query = "SELECT e FROM CalendarEvent e "
        + "WHERE e.offeringId IN :offerings")
public class CalendarEvent {

    public static final String OF_OFFERINGS = "CalendarEvent.ofOfferings";

    @Id
    private String uid;

    @Column(name = "offering_id")
    private String offeringId;

    /*
     * An offering's change and a change of one of its series, made at the same time, each compute the series' event
     * from what they see; the one that commits second would silently undo the other's part, so it fails instead.
     */
    @Version
    private long version;

    @Column(name = "session_id")
    private String sessionId;

    @Column(name = "series_id")
    private String seriesId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private boolean cancelled;

    private int sequence;

    private String fingerprint;

    @Lob
    private String content;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_modified")
    private Instant lastModified;

    protected CalendarEvent() {
    }

    public static String sessionUid(String sessionId) {
        return sessionId + "@samkurs.no";
    }

    public static String seriesUid(String seriesId) {
        return "series-" + seriesId + "@samkurs.no";
    }

    public CalendarEvent(EventContent shown, int sequence, Instant now) {
        this.uid = shown.uid();
        this.offeringId = shown.offeringId();
        this.sessionId = shown.sessionId();
        this.seriesId = shown.seriesId();
        this.sequence = sequence;
        this.createdAt = now;
        put(shown, now);
    }

    /** Shows new content at the given sequence (never lower than before); says whether the feed shows anything new. */
    public boolean show(EventContent shown, int sequence, Instant now) {
        if (!shown.uid().equals(uid)) {
            throw new IllegalArgumentException("Content of " + shown.uid() + " for event " + uid);
        }
        boolean changed = false;
        if (sequence > this.sequence) {
            this.sequence = sequence;
            changed = true;
        }
        if (!shown.fingerprint().equals(fingerprint)) {
            put(shown, now);
            changed = true;
        }
        return changed;
    }

    /** Its session or series is gone: it stays, cancelled, one sequence higher (at least the given one). */
    public boolean withdraw(int sequence, Instant now) {
        if (cancelled) {
            return show(content(), sequence, now);
        }
        return show(content().cancelledNow(), Math.max(this.sequence + 1, sequence), now);
    }

    private void put(EventContent shown, Instant now) {
        content = shown.json();
        fingerprint = shown.fingerprint();
        cancelled = shown.cancelled();
        startsAt = shown.startsAt();
        endsAt = shown.endsAt();
        lastModified = now;
    }

    public EventContent content() {
        return EventContent.parse(content);
    }

    public String uid() {
        return uid;
    }

    public String offeringId() {
        return offeringId;
    }

    public String sessionId() {
        return sessionId;
    }

    public String seriesId() {
        return seriesId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public int sequence() {
        return sequence;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastModified() {
        return lastModified;
    }
}
