package no.samkurs.enrollment.booking.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.samkurs.platform.schema.SchemaReady;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, gives the unused fair-share seats whose release date passed to the waitlist, in order. On several
 * instances each tries; the offering's lock and the release mark let one of them do it. The desk also releases a
 * due reservation itself before it admits anyone, so a late run never lets a newcomer overtake the line.
 */
@ApplicationScoped
public class Releases {

    private static final Logger LOG = Logger.getLogger(Releases.class.getName());

    @Inject
    Enrollments enrollments;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void onSchemaReady(@Observes SchemaReady ready) {
        scheduler.scheduleWithFixedDelay(this::run, 1, 60, TimeUnit.SECONDS);
    }

    void run() {
        try {
            for (String offeringId : enrollments.releasesDue()) {
                if (enrollments.release(offeringId)) {
                    LOG.info(() -> "Released the unused fair-share seats of offering " + offeringId);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Releasing fair-share seats failed; trying again in a minute", e);
        }
    }
}
