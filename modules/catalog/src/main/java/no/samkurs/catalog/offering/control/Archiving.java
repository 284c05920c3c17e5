package no.samkurs.catalog.offering.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.platform.schema.SchemaReady;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Archives offerings whose last session has ended: at start-up and then every quarter of an hour. */
@ApplicationScoped
public class Archiving {

    private static final Logger LOG = Logger.getLogger(Archiving.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<OfferingChanged> changed;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Archiving self;

    void onSchemaReady(@Observes SchemaReady ready) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                self.archiveEnded(Instant.now());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Archiving ended offerings failed; trying again later", e);
            }
        }, 0, 15, TimeUnit.MINUTES);
    }

    @Transactional
    public int archiveEnded(Instant now) {
        List<Offering> candidates = em.createQuery("SELECT DISTINCT o FROM Offering o JOIN o.sessions s "
                        + "WHERE o.status IN :statuses AND s.endsAt < :now", Offering.class)
                .setParameter("statuses", List.of(Status.PUBLISHED, Status.CANCELLED))
                .setParameter("now", now).getResultList();
        int archived = 0;
        for (Offering offering : candidates) {
            if (offering.archiveIfEnded(now)) {
                changed.fire(new OfferingChanged(offering.id()));
                archived++;
            }
        }
        return archived;
    }
}
