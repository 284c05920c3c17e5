package no.samkurs.web.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.enrollment.booking.control.Arrivals;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;

/**
 * Enrolls the signed-in person as the API does: with the caller's own municipality, the desk's answer awaited (the
 * desk finds out whether the municipality may use fair-share seats). Never inside a transaction: the desk commits its
 * batch itself. A repeated request (a second click, a reload) gets the enrollment that exists.
 */
@ApplicationScoped
public class Enroller {

    @Inject
    Arrivals arrivals;

    @Inject
    Offerings offerings;

    /** The placement (confirmed or waitlisted); a refusal is thrown as {@link Refused}. */
    public Placement enroll(Caller caller, String offeringId, String service) {
        if (!caller.mayEnroll()) {
            throw new Refused(caller.municipality() == null ? Refusal.NO_MUNICIPALITY : Refusal.NOT_FOR_ROLE);
        }
        Offering offering = offerings.byId(offeringId).orElseThrow(() -> new Refused(Refusal.UNKNOWN_OFFERING));
        Placement placement = arrivals.enrollAndWait(new Arrivals.Request(offering.id(), caller.personId(),
                caller.municipality(), service, null, caller.personId()));
        if (placement.isRefused()) {
            throw placement.refused();
        }
        return placement;
    }
}
