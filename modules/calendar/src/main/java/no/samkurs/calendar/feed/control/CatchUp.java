package no.samkurs.calendar.feed.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.platform.schema.SchemaReady;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the events the catalog's own transactions could not: at start-up, in the background, for every offering
 * everyone may read whose events are missing or behind (a database from before the calendar, offerings loaded
 * behind the application's back, a change made while an older version ran). In pages, each its own transaction.
 */
@ApplicationScoped
public class CatchUp {

    private static final Logger LOG = Logger.getLogger(CatchUp.class.getName());
    static final int PAGE = 200;

    /**
     * Offerings everyone may read with a session or series without an event, or an event behind the offering's
     * (and series') revision; a cancellation raises the revision too. Drafts never have events.
     */
    static final String BEHIND = "SELECT o.id FROM Offering o WHERE o.status <> :draft AND ("
            + "EXISTS (SELECT s.id FROM Session s WHERE s.offering = o AND NOT EXISTS "
            + "(SELECT e.uid FROM CalendarEvent e WHERE e.sessionId = s.id)) "
            + "OR EXISTS (SELECT r.id FROM Series r WHERE r.offeringId = o.id AND NOT EXISTS "
            + "(SELECT e.uid FROM CalendarEvent e WHERE e.seriesId = r.id)) "
            + "OR EXISTS (SELECT e.uid FROM CalendarEvent e WHERE e.offeringId = o.id AND e.seriesId IS NULL "
            + "AND e.sequence < o.revision) "
            + "OR EXISTS (SELECT e.uid FROM CalendarEvent e, Series r WHERE e.seriesId = r.id AND r.offeringId = o.id "
            + "AND e.sequence < o.revision + r.revision))";

    @PersistenceContext
    EntityManager em;

    @Inject
    Projection projection;

    @Inject
    CatchUp self;

    @Resource
    ManagedExecutorService executor;

    void onSchemaReady(@Observes SchemaReady ready) {
        executor.submit(() -> {
            try {
                self.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Catching up the calendar's events failed; the next start tries again", e);
            }
        });
    }

    /** Brings every offering that is behind up to date; says how many events changed offerings. */
    public int run() {
        Instant started = Instant.now();
        List<String> behind = self.behind();
        int changed = 0;
        for (int from = 0; from < behind.size(); from += PAGE) {
            changed += self.project(behind.subList(from, Math.min(behind.size(), from + PAGE)));
        }
        int offerings = behind.size();
        int projected = changed;
        LOG.info(() -> "Calendar events caught up: " + offerings + " offerings behind, " + projected + " changed, in "
                + Duration.between(started, Instant.now()).toMillis() + " ms.");
        return changed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> behind() {
        return em.createQuery(BEHIND + " ORDER BY o.id", String.class).setParameter("draft", Status.DRAFT)
                .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int project(List<String> offeringIds) {
        return projection.projectAll(offeringIds);
    }
}
