package no.samkurs.catalog.offering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * One dated occurrence of an offering. Part of the offering aggregate: created, changed and removed only through it.
 * Its id stays the same through edits, so that calendars can follow it.
 */
@Entity
@Table(name = "offering_session")
public class Session {

    /** Offerings are held in Norwegian time, whatever zone the server or the caller runs in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    @Id
    private String id;

    @ManyToOne
    @JoinColumn(name = "offering_id")
    private Offering offering;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String title;

    @Column(name = "join_url")
    private String joinUrl;

    private String location;

    protected Session() {
    }

    Session(Offering offering, SessionDetails details) {
        this.id = UUID.randomUUID().toString();
        this.offering = offering;
        apply(details);
    }

    /** Applies new details and says whether anything a participant relies on (time, place, link) changed. */
    boolean apply(SessionDetails details) {
        boolean relevant = !Objects.equals(startsAt, details.startsAt()) || !Objects.equals(endsAt, details.endsAt())
                || !Objects.equals(joinUrl, details.joinUrl()) || !Objects.equals(location, details.location());
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.title = details.title();
        this.joinUrl = details.joinUrl();
        this.location = details.location();
        return relevant;
    }

    public String id() {
        return id;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String title() {
        return title;
    }

    public String joinUrl() {
        return joinUrl;
    }

    public String location() {
        return location;
    }
}
