package no.samkurs.enrollment.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Instant;
import java.util.Optional;

/** An offering's enrollment rules beyond the catalog's: cancellation deadline, seats per municipality, fair share. */
@Entity
@Table(name = "enrollment_policy")
public class Policy {

    /** Fair-share distances an editor may choose, in km as the crow flies. */
    public static final int FAR_MIN = 10;
    public static final int FAR_MAX = 2000;

    @Id
    @Column(name = "offering_id")
    private String offeringId;

    @Version
    private long version;

    @Column(name = "cancel_deadline")
    private Instant cancelDeadline;

    @Column(name = "seats_per_municipality")
    private Integer seatsPerMunicipality;

    @Column(name = "reserved_seats")
    private int reservedSeats;

    @Column(name = "reserved_until")
    private Instant reservedUntil;

    @Column(name = "far_km")
    private Integer farKm;

    private boolean unreached;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Policy() {
    }

    public Policy(String offeringId) {
        this.offeringId = offeringId;
    }

    /**
     * Takes new rules, checked against the offering's capacity (null: no limit) and first start (null: none). A
     * reservation that was released stays released unless its date moves into the future.
     */
    public void change(PolicyDetails details, Integer capacity, Instant firstStart, Instant now) {
        check(details, capacity, firstStart, now, reservedUntil);
        if (details.reservedSeats() > 0 && releasedAt != null && details.reservedUntil().isAfter(now)) {
            releasedAt = null;
        }
        cancelDeadline = details.cancelDeadline();
        seatsPerMunicipality = details.seatsPerMunicipality();
        reservedSeats = details.reservedSeats();
        reservedUntil = details.reservedSeats() > 0 ? details.reservedUntil() : null;
        farKm = details.reservedSeats() > 0 ? details.farKm() : null;
        unreached = details.reservedSeats() > 0 && details.unreached();
        updatedAt = now;
    }

    static void check(PolicyDetails d, Integer capacity, Instant firstStart, Instant now, Instant earlierUntil) {
        if (d.seatsPerMunicipality() != null && d.seatsPerMunicipality() < 1) {
            throw RuleViolation.invalid("seatsPerMunicipality", "Plasser per kommune må være minst 1.");
        }
        if (d.cancelDeadline() != null && firstStart != null && d.cancelDeadline().isAfter(firstStart)) {
            throw RuleViolation.invalid("cancelDeadline", "Avmeldingsfristen kan ikke være etter at tilbudet starter.");
        }
        if (d.reservedSeats() < 0) {
            throw RuleViolation.invalid("reservedSeats", "Antall holdte plasser kan ikke være negativt.");
        }
        if (d.reservedSeats() == 0) {
            return;
        }
        if (capacity == null) {
            throw RuleViolation.invalid("reservedSeats", "Sett et antall plasser på tilbudet før du holder av plasser.");
        }
        if (d.reservedSeats() > capacity) {
            throw RuleViolation.invalid("reservedSeats", "Du kan holde av høyst " + capacity
                    + " plasser (tilbudets kapasitet).");
        }
        if (d.reservedUntil() == null) {
            throw RuleViolation.invalid("reservedUntil", "Velg datoen de holdte plassene frigis til ventelisten.");
        }
        if (!d.reservedUntil().isAfter(now) && !d.reservedUntil().equals(earlierUntil)) {
            throw RuleViolation.invalid("reservedUntil", "Frigivelsesdatoen må være fram i tid.");
        }
        if (firstStart != null && d.reservedUntil().isAfter(firstStart)) {
            throw RuleViolation.invalid("reservedUntil", "De holdte plassene må frigis før tilbudet starter.");
        }
        if (d.farKm() == null && !d.unreached()) {
            throw RuleViolation.invalid("farKm", "Velg hvem plassene holdes for: kommuner langt unna, kommuner som "
                    + "ikke er nådd i år, eller begge.");
        }
        if (d.farKm() != null && (d.farKm() < FAR_MIN || d.farKm() > FAR_MAX)) {
            throw RuleViolation.invalid("farKm", "Avstanden må være mellom " + FAR_MIN + " og " + FAR_MAX + " km.");
        }
    }

    /** Fair-share seats held at this moment: none before they are set, after release or once the date passed. */
    public int heldAt(Instant now) {
        return reservedSeats > 0 && releasedAt == null && now.isBefore(reservedUntil) ? reservedSeats : 0;
    }

    /** The release date passed and the unused seats have not yet gone to the waitlist. */
    public boolean releaseDue(Instant now) {
        return reservedSeats > 0 && releasedAt == null && !now.isBefore(reservedUntil);
    }

    public void release(Instant now) {
        releasedAt = now;
    }

    /** Whether fair-share seats are still to be handed out on eligibility (so it is worth finding out). */
    public boolean holdsSeats(Instant now) {
        return heldAt(now) > 0;
    }

    public PolicyDetails details() {
        return new PolicyDetails(cancelDeadline, seatsPerMunicipality, reservedSeats, reservedUntil, farKm, unreached);
    }

    public String offeringId() {
        return offeringId;
    }

    public long version() {
        return version;
    }

    public Optional<Instant> cancelDeadline() {
        return Optional.ofNullable(cancelDeadline);
    }

    public Optional<Integer> seatsPerMunicipality() {
        return Optional.ofNullable(seatsPerMunicipality);
    }

    public int reservedSeats() {
        return reservedSeats;
    }

    public Optional<Instant> reservedUntil() {
        return Optional.ofNullable(reservedUntil);
    }

    public Optional<Integer> farKm() {
        return Optional.ofNullable(farKm);
    }

    public boolean unreached() {
        return unreached;
    }

    public Optional<Instant> releasedAt() {
        return Optional.ofNullable(releasedAt);
    }
}
