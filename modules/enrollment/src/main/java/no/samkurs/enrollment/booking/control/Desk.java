package no.samkurs.enrollment.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.control.Seats;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.enrollment.booking.entity.Arrival;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.booking.entity.Openness;
import no.samkurs.enrollment.booking.entity.Policy;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.enrollment.booking.entity.Seat;
import no.samkurs.enrollment.booking.entity.Seating;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Admits a batch of arrivals for one offering in one transaction: locks the offering's row, so that on every
 * instance one batch at a time decides its seats; answers repeated requests with the enrollment they made; applies
 * the window, the per-municipality limit and the seat rules in arrival order; writes the new enrollments in a few
 * statements and the counts once. One commit for the whole batch is what lets a burst of thousands go through a
 * single hot row quickly.
 */
@ApplicationScoped
public class Desk {

    @PersistenceContext
    EntityManager em;

    @Inject
    Seats seats;

    @Inject
    Line line;

    @Inject
    Event<EnrollmentChanged> changed;

    @Inject
    NewEnrollments rows;

    @Inject
    FairShare fairShare;

    Clock clock = Clock.systemUTC();

    @Transactional
    public List<Placement> admit(String offeringId, List<Arrival> arrivals) {
        Instant now = clock.instant();
        Optional<Offering> locked = seats.lock(offeringId);
        if (locked.isEmpty()) {
            return arrivals.stream().map(a -> Placement.refused(new Refused(Refusal.UNKNOWN_OFFERING))).toList();
        }
        Offering offering = locked.get();
        Policy policy = em.find(Policy.class, offeringId);
        Seating seating = line.seating(offering, policy, now);
        if (policy != null && policy.releaseDue(now)) {
            policy.release(now);
            line.promote(offering, seating, now);
        }
        Batch batch = new Batch(offering, policy, seating, now).load(arrivals);
        List<Arrival> ordered = arrivals.stream()
                .sorted(Comparator.comparing(Arrival::receivedAt).thenComparingLong(Arrival::tieBreaker)).toList();
        Map<Arrival, Placement> placed = new HashMap<>();
        for (Arrival arrival : ordered) {
            placed.put(arrival, batch.place(arrival));
        }
        rows.insert(batch.fresh);
        seats.record(offering, seating.confirmed(), seating.waitlisted());
        return arrivals.stream().map(placed::get).toList();
    }

    /** The state of one batch: who is already enrolled, counts per municipality, the next arrival number. */
    private final class Batch {
        final Offering offering;
        final Policy policy;
        final Seating seating;
        final Instant now;
        final Optional<Refused> closed;
        final Map<String, Enrollment> byPerson = new HashMap<>();
        final Map<String, Enrollment> byKey = new HashMap<>();
        final Map<String, Placement> placedPerson = new HashMap<>();
        final Map<String, Integer> perMunicipality = new HashMap<>();
        final List<Enrollment> fresh = new ArrayList<>();
        Set<String> eligible = Set.of();
        final boolean lineMayUseHeld;
        long next;

        Batch(Offering offering, Policy policy, Seating seating, Instant now) {
            this.offering = offering;
            this.policy = policy;
            this.seating = seating;
            this.now = now;
            this.closed = Openness.refusal(offering, now);
            this.lineMayUseHeld = seating.waitlisted() > 0 && seating.heldFree() > 0
                    && line.eligibleWaiting(offering.id());
            Long last = em.createQuery("SELECT MAX(e.arrival) FROM Enrollment e WHERE e.offeringId = :o", Long.class)
                    .setParameter("o", offering.id()).getSingleResult();
            next = last == null ? 1 : last + 1;
        }

        /** Reads what the batch needs to know about its people in a few queries. */
        Batch load(List<Arrival> arrivals) {
            List<String> persons = arrivals.stream().map(Arrival::personId).distinct().toList();
            em.createQuery("SELECT e FROM Enrollment e WHERE e.offeringId = :o AND e.personId IN :persons",
                            Enrollment.class).setParameter("o", offering.id()).setParameter("persons", persons)
                    .getResultList().forEach(e -> byPerson.put(e.personId(), e));
            List<String> keys = arrivals.stream().map(Arrival::idempotencyKey).filter(Objects::nonNull)
                    .distinct().toList();
            if (!keys.isEmpty()) {
                em.createQuery("SELECT e FROM Enrollment e WHERE e.personId IN :persons AND e.idempotencyKey IN :keys",
                                Enrollment.class).setParameter("persons", persons).setParameter("keys", keys)
                        .getResultList().forEach(e -> byKey.put(e.personId() + "\n" + e.idempotencyKey().orElseThrow(), e));
            }
            if (policy != null && policy.holdsSeats(now)) {
                eligible = fairShare.eligibleAmong(offering, policy, arrivals.stream().map(Arrival::municipality)
                        .filter(Objects::nonNull).collect(Collectors.toSet()), now);
            }
            if (policy != null && policy.seatsPerMunicipality().isPresent()) {
                List<String> municipalities = arrivals.stream().map(Arrival::municipality).filter(Objects::nonNull)
                        .distinct().toList();
                if (!municipalities.isEmpty()) {
                    em.createQuery("SELECT e.municipality, COUNT(e) FROM Enrollment e WHERE e.offeringId = :o "
                                    + "AND e.status IN :active AND e.municipality IN :municipalities "
                                    + "GROUP BY e.municipality", Object[].class)
                            .setParameter("o", offering.id())
                            .setParameter("active", List.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED))
                            .setParameter("municipalities", municipalities).getResultList()
                            .forEach(row -> perMunicipality.put((String) row[0], ((Number) row[1]).intValue()));
                }
            }
            return this;
        }

        Placement place(Arrival arrival) {
            Placement earlier = placedPerson.get(arrival.personId());
            if (earlier != null && !earlier.isRefused()) {
                return new Placement(earlier.enrollmentId(), earlier.offeringId(), earlier.personId(), earlier.status(),
                        earlier.seat(), earlier.position(), false, null);
            }
            Placement placement = decide(arrival);
            placedPerson.put(arrival.personId(), placement);
            return placement;
        }

        private Placement decide(Arrival arrival) {
            if (arrival.idempotencyKey() != null) {
                Enrollment keyed = byKey.get(arrival.personId() + "\n" + arrival.idempotencyKey());
                if (keyed != null) {
                    return keyed.offeringId().equals(offering.id()) ? existing(keyed)
                            : Placement.refused(new Refused(Refusal.KEY_REUSED, arrival.idempotencyKey()));
                }
            }
            Enrollment known = byPerson.get(arrival.personId());
            if (known != null && known.status().active()) {
                return existing(known);
            }
            if (closed.isPresent()) {
                return Placement.refused(closed.get());
            }
            Optional<Integer> limit = policy == null ? Optional.empty() : policy.seatsPerMunicipality();
            if (limit.isPresent() && arrival.municipality() != null) {
                int used = perMunicipality.getOrDefault(arrival.municipality(), 0);
                if (used >= limit.get()) {
                    return Placement.refused(new Refused(Refusal.MUNICIPALITY_FULL, limit.get()));
                }
                perMunicipality.put(arrival.municipality(), used + 1);
            }
            boolean fair = arrival.municipality() != null && eligible.contains(arrival.municipality());
            Optional<Seat> seat = seating.arrive(fair, lineMayUseHeld);
            Integer position = seat.isPresent() ? null : seating.joinLine();
            Enrollment enrollment;
            if (known != null) {
                known.reenroll(arrival, fair, next++, seat.orElse(null), now);
                enrollment = known;
            } else {
                enrollment = new Enrollment(UUID.randomUUID().toString(), offering.id(), arrival, fair, next++,
                        seat.orElse(null), now);
                fresh.add(enrollment);
            }
            changed.fire(new EnrollmentChanged(seat.isPresent() ? EnrollmentChanged.Change.ENROLLED
                    : EnrollmentChanged.Change.WAITLISTED, enrollment.id(), offering.id(), arrival.personId(),
                    position));
            return Placement.of(enrollment, position, true);
        }

        private Placement existing(Enrollment e) {
            return Placement.of(e, e.status() == EnrollmentStatus.WAITLISTED ? line.position(e) : null, false);
        }
    }
}
