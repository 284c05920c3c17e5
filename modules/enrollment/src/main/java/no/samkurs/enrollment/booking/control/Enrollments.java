package no.samkurs.enrollment.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.control.OfferingChanged;
import no.samkurs.catalog.offering.control.Seats;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.booking.entity.Policy;
import no.samkurs.enrollment.booking.entity.PolicyDetails;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.enrollment.booking.entity.Seat;
import no.samkurs.enrollment.booking.entity.Seating;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything that changes seats after the desk admitted someone: cancelling (which promotes the first in line in
 * the same transaction), a larger capacity, a changed policy, and the release of unused fair-share seats. Each
 * starts by locking the offering's row, as the desk does, and ends by storing the counts.
 */
@ApplicationScoped
public class Enrollments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Seats seats;

    @Inject
    Line line;

    @Inject
    Event<EnrollmentChanged> changed;

    Clock clock = Clock.systemUTC();

    /** Who cancels: the participant themself, or an editor of a host or an administrator (any time, with reason). */
    public record Canceller(String personId, boolean organiser) {
    }

    /** The offering an enrollment belongs to (it never changes), to lock before anything else is read. */
    public Optional<String> offeringOf(String enrollmentId) {
        return Optional.ofNullable(em.find(Enrollment.class, enrollmentId)).map(Enrollment::offeringId);
    }

    public Optional<Enrollment> byId(String enrollmentId) {
        return Optional.ofNullable(em.find(Enrollment.class, enrollmentId));
    }

    @Transactional
    public Enrollment cancel(String offeringId, String enrollmentId, Canceller by, String reason) {
        Instant now = clock.instant();
        Offering offering = seats.lock(offeringId).orElseThrow(() -> new Refused(Refusal.UNKNOWN_ENROLLMENT));
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null || !enrollment.offeringId().equals(offeringId)) {
            throw new Refused(Refusal.UNKNOWN_ENROLLMENT);
        }
        em.refresh(enrollment);
        if (!enrollment.status().active()) {
            throw new Refused(Refusal.ALREADY_CANCELLED);
        }
        Policy policy = em.find(Policy.class, offeringId);
        if (by.organiser()) {
            if (reason == null || reason.isBlank()) {
                throw new Refused(Refusal.REASON_NEEDED);
            }
        } else {
            Optional<Instant> deadline = cancelDeadline(offering, policy);
            if (deadline.isPresent() && !now.isBefore(deadline.get())) {
                throw new Refused(Refusal.DEADLINE_PASSED, deadline.get());
            }
        }
        Seating seating = line.seating(offering, policy, now);
        Optional<Seat> freed = enrollment.cancel(by.personId(), by.organiser() ? reason : null, now);
        freed.ifPresentOrElse(seating::free, seating::leaveLine);
        changed.fire(new EnrollmentChanged(EnrollmentChanged.Change.CANCELLED, enrollment.id(), offeringId,
                enrollment.personId(), null));
        em.flush();
        line.promote(offering, seating, now);
        seats.record(offering, seating.confirmed(), seating.waitlisted());
        return enrollment;
    }

    /** Until when the participant may cancel themself: the policy's deadline, else the first session's start. */
    public Optional<Instant> cancelDeadline(Offering offering) {
        return cancelDeadline(offering, em.find(Policy.class, offering.id()));
    }

    private static Optional<Instant> cancelDeadline(Offering offering, Policy policy) {
        return policy != null && policy.cancelDeadline().isPresent() ? policy.cancelDeadline() : offering.firstStart();
    }

    /** How many confirmed participants hold fair-share seats: what the rule protected so far. */
    public long reservedTaken(String offeringId) {
        return line.heldTaken(offeringId);
    }

    public Optional<Policy> policy(String offeringId) {
        return Optional.ofNullable(em.find(Policy.class, offeringId));
    }

    /** An editor of a host sets the policy; seats that it frees go to the line at once. */
    @Transactional
    public Policy setPolicy(String offeringId, Long version, PolicyDetails details, boolean host) {
        Instant now = clock.instant();
        Offering offering = seats.lock(offeringId).orElseThrow(() -> new Refused(Refusal.UNKNOWN_OFFERING));
        if (!host) {
            throw RuleViolation.forbidden("Bare redaktører hos vertene for tilbudet kan endre påmeldingsreglene.");
        }
        Policy policy = em.find(Policy.class, offeringId);
        if (policy == null) {
            policy = new Policy(offeringId);
            policy.change(details, offering.capacity().orElse(null), offering.firstStart().orElse(null), now);
            em.persist(policy);
        } else {
            if (version != null && version != policy.version()) {
                throw RuleViolation.conflict("Påmeldingsreglene er endret av noen andre siden du hentet dem. Hent "
                        + "dem på nytt og gjør endringen igjen.");
            }
            policy.change(details, offering.capacity().orElse(null), offering.firstStart().orElse(null), now);
        }
        em.flush();
        resettle(offering, policy, now);
        return policy;
    }

    /** A capacity that grew (or any change of the offering) may free seats for the line, in the same transaction. */
    void onOffering(@Observes OfferingChanged change) {
        Instant now = clock.instant();
        seats.lock(change.offeringId()).ifPresent(offering -> {
            if (offering.waitlisted() > 0) {
                resettle(offering, em.find(Policy.class, offering.id()), now);
            }
        });
    }

    /** Releases due fair-share seats of one offering to the line; says whether it did. */
    @Transactional
    public boolean release(String offeringId) {
        Instant now = clock.instant();
        Optional<Offering> offering = seats.lock(offeringId);
        Policy policy = em.find(Policy.class, offeringId);
        if (offering.isEmpty() || policy == null) {
            return false;
        }
        em.refresh(policy);
        if (!policy.releaseDue(now)) {
            return false;
        }
        policy.release(now);
        resettle(offering.get(), policy, now);
        return true;
    }

    /** Offerings whose fair-share seats are due for release. */
    @Transactional
    public List<String> releasesDue() {
        return em.createQuery("SELECT p.offeringId FROM Policy p WHERE p.releasedAt IS NULL AND p.reservedSeats > 0 "
                + "AND p.reservedUntil <= :now", String.class).setParameter("now", clock.instant()).getResultList();
    }

    private void resettle(Offering offering, Policy policy, Instant now) {
        Seating seating = line.seating(offering, policy, now);
        line.promote(offering, seating, now);
        seats.record(offering, seating.confirmed(), seating.waitlisted());
    }

    /** A person's enrollments, newest first, with the offering's title for lists. */
    public List<Enrollment> of(String personId) {
        return em.createQuery("SELECT e FROM Enrollment e WHERE e.personId = :p ORDER BY e.arrivedAt DESC",
                Enrollment.class).setParameter("p", personId).getResultList();
    }

    /** The place in line of a waitlisted enrollment (1 is next); 0 for the others. */
    public int position(Enrollment e) {
        return e.status() == EnrollmentStatus.WAITLISTED ? line.position(e) : 0;
    }

    /** The same for the API: null when the enrollment is not waiting. */
    public Integer placeInLine(Enrollment e) {
        int position = position(e);
        return position == 0 ? null : position;
    }
}
