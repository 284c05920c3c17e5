package no.samkurs.enrollment.booking.entity;

import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether an offering takes enrollments now: published, not ended, inside its enrollment window. A draft is
 * unknown to participants (it is not theirs to see); an offering without a closing date closes when its last
 * session ends.
 */
public final class Openness {

    private Openness() {
    }

    public static Optional<Refused> refusal(Offering offering, Instant now) {
        if (offering.status() == Status.DRAFT) {
            return Optional.of(new Refused(Refusal.UNKNOWN_OFFERING));
        }
        if (offering.status() == Status.CANCELLED) {
            return Optional.of(new Refused(Refusal.OFFERING_CANCELLED));
        }
        if (offering.status() == Status.ARCHIVED || offering.lastEnd().map(end -> !now.isBefore(end)).orElse(false)) {
            return Optional.of(new Refused(Refusal.OFFERING_ENDED));
        }
        Optional<Instant> opens = offering.enrollmentOpens();
        if (opens.isPresent() && now.isBefore(opens.get())) {
            return Optional.of(new Refused(Refusal.NOT_OPEN_YET, opens.get()));
        }
        Optional<Instant> closes = offering.enrollmentCloses();
        if (closes.isPresent() && !now.isBefore(closes.get())) {
            return Optional.of(new Refused(Refusal.CLOSED, closes.get()));
        }
        return Optional.empty();
    }
}
