package no.samkurs.enrollment.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.organisation.control.NearestCentres;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.directory.region.entity.GeoPoint;
import no.samkurs.enrollment.booking.entity.Eligibility;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.booking.entity.Policy;
import no.samkurs.enrollment.booking.entity.Season;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds out, when a person arrives, whether their municipality may use the offering's fair-share seats: the distance
 * from the nearest centre of the lead provider's family (the lead's own place when it is not a centre), and whether
 * anyone from the municipality holds a confirmed seat in any offering this season. Only asked while seats are held.
 */
@ApplicationScoped
public class FairShare {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Regions regions;

    public boolean eligible(Offering offering, Policy policy, String municipality, Instant now) {
        if (policy == null || !policy.holdsSeats(now) || municipality == null) {
            return false;
        }
        return Eligibility.eligible(policy, distanceKm(offering.lead(), municipality),
                policy.unreached() && reached(municipality, now));
    }

    /** How far the municipality lies from the lead's nearest centre of the same family, as the crow flies. */
    public OptionalDouble distanceKm(Organisation lead, String municipality) {
        Optional<GeoPoint> place = regions.municipality(municipality).map(m -> m.location());
        if (place.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!lead.type().isCentreFamily()) {
            return lead.location().map(l -> OptionalDouble.of(place.get().distanceKm(l))).orElse(OptionalDouble.empty());
        }
        return NearestCentres.from(place.get(), organisations.centres()).stream()
                .filter(n -> n.family() == lead.type()).mapToDouble(NearestCentres.Nearest::distanceKm).findFirst();
    }

    /** Whether anyone from the municipality got a seat in any offering since the season began. */
    public boolean reached(String municipality, Instant now) {
        return !em.createQuery("SELECT e.id FROM Enrollment e WHERE e.municipality = :m AND e.status = :confirmed "
                        + "AND e.confirmedAt >= :since", String.class)
                .setParameter("m", municipality).setParameter("confirmed", EnrollmentStatus.CONFIRMED)
                .setParameter("since", Season.startOf(now)).setMaxResults(1).getResultList().isEmpty();
    }
}
