package no.samkurs.notification.schedule.control;

import jakarta.persistence.EntityManagerFactory;
import no.samkurs.calendar.overlap.control.Overlaps;
import no.samkurs.catalog.offering.control.Seats;
import no.samkurs.catalog.offering.control.SeatsChanged;
import no.samkurs.notification.outbox.control.Outbox;
import no.samkurs.notification.preference.control.Preferences;
import no.samkurs.platform.testing.Fired;
import no.samkurs.platform.testing.Transactions;
import no.samkurs.platform.testing.Wiring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The scans as the container runs them on one instance: every call of reminders, thanks and digests in a
 * transaction of its own, with the default settings. One thread per instance.
 */
final class LocalScans {

    private final EntityManagerFactory jpa;
    final Scans scans = new Scans();
    private final Reminders reminders;
    private final Thanks thanks;
    private final Digests digests;
    private final Recipients recipients = new Recipients();
    private final Outbox outbox = new Outbox();
    private final Seats seats = new Seats();
    private final Preferences preferences = new Preferences();
    private final Overlaps overlaps = new Overlaps();

    LocalScans(EntityManagerFactory jpa, Clock clock) {
        this.jpa = jpa;
        reminders = new Reminders() {
            @Override
            public Map<String, List<Due.Occurrence>> due(Instant now, Duration before) {
                return tx(() -> super.due(now, before));
            }

            @Override
            public int remind(String offeringId, List<Due.Occurrence> occurrences, Instant now) {
                return tx(() -> super.remind(offeringId, occurrences, now));
            }
        };
        thanks = new Thanks() {
            @Override
            public List<String> due(Instant now, Duration after, Duration within) {
                return tx(() -> super.due(now, after, within));
            }

            @Override
            public int thank(String offeringId, Instant now) {
                return tx(() -> super.thank(offeringId, now));
            }
        };
        digests = new Digests() {
            @Override
            public List<String> regions() {
                return tx(super::regions);
            }

            @Override
            public int digest(String regionId, LocalDate day, Instant now) {
                return tx(() -> super.digest(regionId, day, now));
            }
        };
        reminders.recipients = recipients;
        thanks.recipients = recipients;
        digests.overlaps = overlaps;
        digests.outbox = outbox;
        recipients.outbox = outbox;
        recipients.seats = seats;
        recipients.preferences = preferences;
        Wiring.set(seats, "changed", new Fired<SeatsChanged>());
        Wiring.set(preferences, "clock", clock);
        Wiring.set(overlaps, "clock", clock);
        scans.reminders = reminders;
        scans.thanks = thanks;
        scans.digests = digests;
        scans.reminderBefore = Duration.ofHours(24);
        scans.thanksAfter = Duration.ofHours(2);
        scans.interval = Duration.ofMinutes(5);
        scans.digestAt = LocalTime.of(7, 0);
        scans.clock = clock;
    }

    private <T> T tx(Supplier<T> work) {
        return Transactions.in(jpa, em -> {
            reminders.em = em;
            thanks.em = em;
            digests.em = em;
            recipients.em = em;
            for (Object control : List.of(outbox, seats, preferences, overlaps)) {
                Wiring.set(control, "em", em);
            }
            return work.get();
        });
    }
}
