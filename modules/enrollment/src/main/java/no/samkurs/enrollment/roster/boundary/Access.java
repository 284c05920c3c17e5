package no.samkurs.enrollment.roster.boundary;

import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;

/** The offering the caller organises; booking's {@link Caller} decides, this only applies it. */
final class Access {

    private Access() {
    }

    /** The offering, when the caller organises it (an editor of a host, an administrator); else 404. */
    static Offering organised(Offerings offerings, Caller caller, String offeringId) {
        return offerings.byId(offeringId).filter(caller::organises)
                .orElseThrow(() -> new Refused(Refusal.UNKNOWN_OFFERING));
    }
}
