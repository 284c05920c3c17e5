package no.samkurs.enrollment.booking.boundary;

import no.samkurs.catalog.offering.boundary.OsloTime;
import no.samkurs.enrollment.booking.entity.PolicyDetails;

/**
 * An offering's enrollment rules as editors send them. Times are Norwegian local time ("2027-01-20T12:00") or carry
 * an offset; {@code version} is the one read (null for the first time).
 */
public record PolicyInput(String cancelDeadline, Integer seatsPerMunicipality, Integer reservedSeats,
                          String reservedUntil, Integer farKm, Boolean unreached, Long version) {

    public PolicyDetails details() {
        return new PolicyDetails(OsloTime.parseOptional("cancelDeadline", cancelDeadline), seatsPerMunicipality,
                reservedSeats == null ? 0 : reservedSeats, OsloTime.parseOptional("reservedUntil", reservedUntil),
                farKm, Boolean.TRUE.equals(unreached));
    }
}
