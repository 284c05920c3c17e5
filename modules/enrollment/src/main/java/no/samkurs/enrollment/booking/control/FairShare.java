package no.samkurs.enrollment.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.organisation.control.NearestCentres;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.region.entity.GeoPoint;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.enrollment.booking.entity.Eligibility;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.booking.entity.Policy;
import no.samkurs.enrollment.booking.entity.Season;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.OptionalDouble;

/**
 * Finds out, for each batch the desk admits, which municipalities may use the offering's fair-share seats: the distance
 * from the nearest centre of the lead provider's family (the lead's own place when it is not a centre), and whether
 * anyone from a municipality holds a confirmed seat in any offering this season. Only asked while seats are held.
 */
@ApplicationScoped
public class FairShare {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    /**
     * Which of the municipalities may use the held seats now: a few queries for a whole batch (their places, the
     * centres, and which were reached this season).
     */
    public Set<String> eligibleAmong(Offering offering, Policy policy, Set<String> municipalities, Instant now) {
        if (policy == null || !policy.holdsSeats(now) || municipalities.isEmpty()) {
            return Set.of();
        }
        List<Organisation> centres = organisations.centres();
        Set<String> reached = policy.unreached() ? new HashSet<>(em.createQuery("SELECT DISTINCT e.municipality "
                        + "FROM Enrollment e WHERE e.municipality IN :m AND e.status = :confirmed "
                        + "AND e.confirmedAt >= :since", String.class)
                .setParameter("m", List.copyOf(municipalities)).setParameter("confirmed", EnrollmentStatus.CONFIRMED)
                .setParameter("since", Season.startOf(now)).getResultList()) : Set.of();
        Set<String> eligible = new HashSet<>();
        for (Municipality m : em.createQuery("SELECT m FROM Municipality m WHERE m.number IN :m", Municipality.class)
                .setParameter("m", List.copyOf(municipalities)).getResultList()) {
            OptionalDouble distance = m.location() == null ? OptionalDouble.empty()
                    : distanceKm(offering.lead(), m.location(), centres);
            if (Eligibility.eligible(policy, distance, reached.contains(m.number()))) {
                eligible.add(m.number());
            }
        }
        return eligible;
    }

    /** How far a place lies from the lead's nearest centre of the same family, as the crow flies. */
    private static OptionalDouble distanceKm(Organisation lead, GeoPoint place, List<Organisation> centres) {
        if (!lead.type().isCentreFamily()) {
            return lead.location().map(l -> OptionalDouble.of(place.distanceKm(l))).orElse(OptionalDouble.empty());
        }
        return NearestCentres.from(place, centres).stream()
                .filter(n -> n.family() == lead.type()).mapToDouble(NearestCentres.Nearest::distanceKm).findFirst();
    }
}
