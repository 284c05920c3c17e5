package no.samkurs.enrollment.booking.boundary;

import no.samkurs.enrollment.booking.entity.Policy;

/**
 * An offering's enrollment rules as everyone may read them, with what the fair-share seats protected so far:
 * {@code reservedTaken} confirmed participants from eligible municipalities in held seats. Times are ISO-8601.
 */
public record PolicyView(String offeringId, String cancelDeadline, Integer seatsPerMunicipality, int reservedSeats,
                         String reservedUntil, Integer farKm, boolean unreached, String releasedAt,
                         long reservedTaken, Long version) {

    static PolicyView of(String offeringId, Policy p, long reservedTaken) {
        if (p == null) {
            return new PolicyView(offeringId, null, null, 0, null, null, false, null, 0, null);
        }
        return new PolicyView(offeringId, p.cancelDeadline().map(Object::toString).orElse(null),
                p.seatsPerMunicipality().orElse(null), p.reservedSeats(),
                p.reservedUntil().map(Object::toString).orElse(null), p.farKm().orElse(null), p.unreached(),
                p.releasedAt().map(Object::toString).orElse(null), reservedTaken, p.version());
    }
}
