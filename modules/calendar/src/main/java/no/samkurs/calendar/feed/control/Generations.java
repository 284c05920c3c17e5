package no.samkurs.calendar.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import no.samkurs.calendar.feed.entity.Generation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The feeds' generation. Raised in the transaction that changes a feed (the row is locked until it commits); read
 * from the database at most about once a second per instance, and taken over at once after a commit on this
 * instance, so that a conditional GET is answered from memory and another instance's change shows within a second.
 */
@ApplicationScoped
public class Generations {

    static final Duration FRESH = Duration.ofSeconds(1);

    /** Fired in the raising transaction; observed after it commits. */
    public record Raised(Stamp stamp) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Raised> raised;

    Clock clock = Clock.systemUTC();

    private final AtomicReference<Stamp> known = new AtomicReference<>();
    private final AtomicLong readAt = new AtomicLong();

    /** In the caller's transaction: what the feeds show has changed. */
    public Stamp raise(Instant now) {
        Generation generation = em.find(Generation.class, Generation.ID, LockModeType.PESSIMISTIC_WRITE);
        generation.raise(now);
        Stamp stamp = new Stamp(generation.generation(), generation.changedAt());
        raised.fire(new Raised(stamp));
        return stamp;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Raised committed) {
        known.accumulateAndGet(committed.stamp(), Stamp::later);
    }

    /** The newest generation this instance knows, from the database when its copy is older than a second. */
    public Stamp current() {
        long now = clock.millis();
        long last = readAt.get();
        boolean stale = known.get() == null || now - last >= FRESH.toMillis();
        // One request a second reads; the others answer from the copy meanwhile.
        if (stale && (readAt.compareAndSet(last, now) || known.get() == null)) {
            Object[] row = (Object[]) em.createQuery("SELECT g.generation, g.changedAt FROM Generation g WHERE g.id = :id")
                    .setParameter("id", Generation.ID).getSingleResult();
            known.accumulateAndGet(new Stamp((Long) row[0], (Instant) row[1]), Stamp::later);
        }
        return known.get();
    }
}
