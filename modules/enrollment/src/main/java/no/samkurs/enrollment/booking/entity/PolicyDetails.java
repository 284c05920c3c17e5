package no.samkurs.enrollment.booking.entity;

import java.time.Instant;

/**
 * What an editor sets beyond the catalog's capacity and enrollment window: until when participants may cancel
 * themselves (null: until the first session starts), at most how many people per municipality (null: no limit), and
 * fair-share seats: how many are held until when, for municipalities farther than {@code farKm} from the nearest
 * centre of the lead provider's family and/or not reached by any offering this season.
 */
public record PolicyDetails(Instant cancelDeadline, Integer seatsPerMunicipality, int reservedSeats,
                            Instant reservedUntil, Integer farKm, boolean unreached) {

    public static final PolicyDetails NONE = new PolicyDetails(null, null, 0, null, null, false);
}
