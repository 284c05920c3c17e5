package no.samkurs.catalog.offering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import no.samkurs.catalog.offering.entity.Offering;

import java.util.Optional;

/**
 * The one place where an offering's seat counts are decided and kept. Whoever decides about seats (enrolling,
 * cancelling, promoting, changing the capacity) first locks the offering's row for the rest of the transaction, so
 * that on any number of instances one transaction at a time sees and moves the counts: the guarantee against
 * overbooking lives in the database, not in a JVM. The counts are written without touching the offering's version,
 * so enrollments never make an editor's open form stale; the locked entity keeps the counts it was read with.
 */
@ApplicationScoped
public class Seats {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SeatsChanged> changed;

    /** The offering, read anew and locked until the transaction ends; empty when there is none. */
    public Optional<Offering> lock(String offeringId) {
        return Optional.ofNullable(em.find(Offering.class, offeringId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Stores the counts of a locked offering (see {@link #lock}). */
    public void record(Offering locked, int taken, int waitlisted) {
        if (locked.capacity().map(c -> taken > c).orElse(false) || taken < 0 || waitlisted < 0) {
            throw new IllegalStateException("Seat counts out of range for " + locked.id() + ": " + taken + "/"
                    + locked.capacity().orElse(null) + ", waitlist " + waitlisted);
        }
        em.createQuery("UPDATE Offering o SET o.seatsTaken = :taken, o.waitlisted = :waitlisted WHERE o.id = :id")
                .setParameter("taken", taken).setParameter("waitlisted", waitlisted)
                .setParameter("id", locked.id()).executeUpdate();
        changed.fire(new SeatsChanged(locked.id(), locked.capacity().orElse(null), taken, waitlisted));
    }
}
