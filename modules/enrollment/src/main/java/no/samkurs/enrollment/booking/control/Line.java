package no.samkurs.enrollment.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.booking.entity.Policy;
import no.samkurs.enrollment.booking.entity.Seat;
import no.samkurs.enrollment.booking.entity.Seating;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seats and the waitlist of one offering, for a transaction that holds the offering's lock: the seating as it
 * stands, positions, and promotion of the first in line when seats free, in the same transaction as whatever freed
 * them. Nobody is promoted once the offering is about to start (the configurable cut-off) or has started.
 */
@ApplicationScoped
public class Line {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<EnrollmentChanged> changed;

    @Inject
    @ConfigProperty(name = "samkurs.enrollment.promotion-cutoff", defaultValue = "PT0S")
    Duration cutoff;

    /** The seating of a locked offering now; {@code policy} may be null. */
    public Seating seating(Offering offering, Policy policy, Instant now) {
        int held = policy == null ? 0 : Math.min(policy.heldAt(now), offering.capacity().orElse(0));
        int confirmedHeld = held == 0 ? 0 : (int) heldTaken(offering.id());
        return new Seating(offering.capacity().orElse(null), held, offering.seatsTaken(), confirmedHeld,
                offering.waitlisted());
    }

    /** How many confirmed participants hold fair-share seats. */
    public long heldTaken(String offeringId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.offeringId = :o AND e.status = :confirmed "
                        + "AND e.seat = :reserved", Long.class).setParameter("o", offeringId)
                .setParameter("confirmed", EnrollmentStatus.CONFIRMED).setParameter("reserved", Seat.RESERVED)
                .getSingleResult();
    }

    /** A waitlisted enrollment's place in line: 1 for the first. */
    public int position(Enrollment waiting) {
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.offeringId = :o AND e.status = :waiting "
                        + "AND e.arrival < :arrival", Long.class)
                .setParameter("o", waiting.offeringId()).setParameter("waiting", EnrollmentStatus.WAITLISTED)
                .setParameter("arrival", waiting.arrival()).getSingleResult().intValue() + 1;
    }

    /** Whether anyone waiting may use a fair-share seat. */
    public boolean eligibleWaiting(String offeringId) {
        return !em.createQuery("SELECT e.id FROM Enrollment e WHERE e.offeringId = :o AND e.status = :waiting "
                        + "AND e.eligible = TRUE", String.class)
                .setParameter("o", offeringId).setParameter("waiting", EnrollmentStatus.WAITLISTED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether promotion is still allowed for this offering at this moment. */
    public boolean promotesAt(Offering offering, Instant now) {
        Optional<Instant> start = offering.firstStart();
        return start.isEmpty() || now.isBefore(start.get().minus(cutoff));
    }

    /**
     * Gives the seats free in {@code seating} to the line, in order, and says who got one. The caller stores the
     * counts afterwards.
     */
    public List<Enrollment> promote(Offering offering, Seating seating, Instant now) {
        if (seating.waitlisted() == 0 || seating.free() == 0 || !promotesAt(offering, now)) {
            return List.of();
        }
        int look = (int) Math.min(seating.free(), 1000);
        Map<String, Object[]> head = new LinkedHashMap<>();
        waiting(offering.id(), false, look).forEach(row -> head.put((String) row[0], row));
        if (seating.heldFree() > 0) {
            waiting(offering.id(), true, look).forEach(row -> head.putIfAbsent((String) row[0], row));
        }
        List<Seating.Waiting> line = head.values().stream()
                .sorted(Comparator.comparingLong(row -> ((Number) row[2]).longValue()))
                .map(row -> new Seating.Waiting((String) row[0], (Boolean) row[1])).toList();
        List<Seating.Promotion> promotions = seating.promote(line);
        if (promotions.isEmpty()) {
            return List.of();
        }
        Map<String, Enrollment> loaded = new LinkedHashMap<>();
        em.createQuery("SELECT e FROM Enrollment e WHERE e.id IN :ids", Enrollment.class)
                .setParameter("ids", promotions.stream().map(Seating.Promotion::enrollmentId).toList())
                .getResultList().forEach(e -> loaded.put(e.id(), e));
        return promotions.stream().map(p -> {
            Enrollment e = loaded.get(p.enrollmentId());
            e.promote(p.seat(), now);
            changed.fire(new EnrollmentChanged(EnrollmentChanged.Change.PROMOTED, e.id(), e.offeringId(),
                    e.personId(), null));
            return e;
        }).toList();
    }

    private List<Object[]> waiting(String offeringId, boolean eligibleOnly, int limit) {
        return em.createQuery("SELECT e.id, e.eligible, e.arrival FROM Enrollment e WHERE e.offeringId = :o "
                        + "AND e.status = :waiting" + (eligibleOnly ? " AND e.eligible = TRUE" : "")
                        + " ORDER BY e.arrival", Object[].class)
                .setParameter("o", offeringId).setParameter("waiting", EnrollmentStatus.WAITLISTED)
                .setMaxResults(limit).getResultList();
    }
}
