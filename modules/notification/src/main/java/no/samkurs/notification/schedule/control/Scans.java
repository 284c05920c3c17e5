package no.samkurs.notification.schedule.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.samkurs.platform.schema.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the scans on the container's scheduler once the schema is ready: a round of reminders and thanks every
 * {@code samkurs.notification.scan-interval}, and the digests every day at {@code samkurs.notification.digest-at}
 * (Oslo time), and at start-up when that time of the day has passed (a day's digest is made once, see
 * {@link Digests}). Each offering and region is its own transaction: one that fails is logged and tried at the next
 * round, the others go on.
 */
@ApplicationScoped
public class Scans {

    private static final Logger LOG = Logger.getLogger(Scans.class.getName());
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** Thanks not sent within this time of the offering's end are not sent at all: old news. */
    static final Duration THANKS_WITHIN = Duration.ofDays(3);

    @Inject
    Reminders reminders;

    @Inject
    Thanks thanks;

    @Inject
    Digests digests;

    @Inject
    @ConfigProperty(name = "samkurs.notification.reminder-before", defaultValue = "PT24H")
    Duration reminderBefore;

    @Inject
    @ConfigProperty(name = "samkurs.notification.thanks-after", defaultValue = "PT2H")
    Duration thanksAfter;

    @Inject
    @ConfigProperty(name = "samkurs.notification.scan-interval", defaultValue = "PT5M")
    Duration interval;

    @Inject
    @ConfigProperty(name = "samkurs.notification.digest-at", defaultValue = "07:00")
    LocalTime digestAt;

    @Resource
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemUTC();

    void onSchemaReady(@Observes SchemaReady ready) {
        long every = interval.toMillis();
        scheduler.scheduleWithFixedDelay(() -> guarded("reminders and thanks", this::round),
                Math.min(every, 30_000), every, TimeUnit.MILLISECONDS);
        Instant now = clock.instant();
        if (!now.isBefore(at(LocalDate.ofInstant(now, OSLO), digestAt))) {
            scheduler.execute(() -> guarded("the overlap digests", this::digest));
        }
        scheduleDigest();
        LOG.info(() -> "Reminders " + reminderBefore + " before each session, checked every " + interval
                + "; overlap digests daily at " + digestAt + " (Oslo time)");
    }

    private void scheduleDigest() {
        Duration wait = Duration.between(clock.instant(), nextDigest(clock.instant(), digestAt));
        scheduler.schedule(() -> {
            guarded("the overlap digests", this::digest);
            scheduleDigest();
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round of reminders and thanks; answers how many messages were recorded. */
    public int round() {
        Instant now = clock.instant();
        int recorded = 0;
        for (Map.Entry<String, List<Due.Occurrence>> due : reminders.due(now, reminderBefore).entrySet()) {
            recorded += each("reminders of offering " + due.getKey(),
                    () -> reminders.remind(due.getKey(), due.getValue(), now));
        }
        for (String offeringId : thanks.due(now, thanksAfter, THANKS_WITHIN)) {
            recorded += each("thanks of offering " + offeringId, () -> thanks.thank(offeringId, now));
        }
        return recorded;
    }

    /** The day's digests, region by region; answers how many were recorded. */
    public int digest() {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, OSLO);
        int recorded = 0;
        for (String regionId : digests.regions()) {
            recorded += each("the digest of " + regionId, () -> digests.digest(regionId, day, now));
        }
        return recorded;
    }

    /** When the next digest is due after {@code now}: today at the time in Oslo, or tomorrow. */
    static Instant nextDigest(Instant now, LocalTime time) {
        LocalDate today = LocalDate.ofInstant(now, OSLO);
        Instant todays = at(today, time);
        return todays.isAfter(now) ? todays : at(today.plusDays(1), time);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, OSLO).toInstant();
    }

    private static int each(String what, IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (RuntimeException e) {
            // Most often another instance recorded the same at the same moment; the next round sees it.
            LOG.log(Level.INFO, "Recording " + what + " failed; the next round tries again", e);
            return 0;
        }
    }

    private static void guarded(String what, IntSupplier work) {
        try {
            int recorded = work.getAsInt();
            if (recorded > 0) {
                LOG.info(() -> "Recorded " + recorded + " messages: " + what);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scanning for " + what + " failed; trying again at the next round", e);
        }
    }
}
