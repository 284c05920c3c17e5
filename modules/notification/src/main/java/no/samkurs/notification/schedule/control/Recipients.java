package no.samkurs.notification.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.catalog.offering.control.Seats;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.notification.outbox.control.Outbox;
import no.samkurs.notification.outbox.entity.Kind;
import no.samkurs.notification.preference.control.Preferences;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Records a message the clock causes for the confirmed participants of one offering who lack it, in the caller's
 * transaction: first read without a lock (most scans find everyone told), then, when some lack it, read again under
 * the offering's row lock, which every enrollment change takes too, and recorded. So scans on several instances
 * record each message once, and nobody who cancelled meanwhile gets one.
 */
@ApplicationScoped
public class Recipients {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Seats seats;

    @Inject
    Preferences preferences;

    /** A confirmed participant's enrollment. */
    public record Confirmed(String enrollmentId, String personId) {
    }

    /**
     * Records the messages {@code wanted} for each confirmed participant (none for those who turned reminders off,
     * when {@code reminders}) that they do not have yet; answers how many were recorded.
     */
    public int record(String offeringId, Kind kind, boolean reminders, Function<Confirmed, List<Outbox.Entry>> wanted) {
        if (lacking(offeringId, kind, reminders, wanted).isEmpty()) {
            return 0;
        }
        if (seats.lock(offeringId).filter(o -> o.status() != Status.CANCELLED).isEmpty()) {
            return 0;
        }
        return outbox.record(lacking(offeringId, kind, reminders, wanted));
    }

    private List<Outbox.Entry> lacking(String offeringId, Kind kind, boolean reminders,
                                       Function<Confirmed, List<Outbox.Entry>> wanted) {
        List<Confirmed> confirmed = em.createQuery("SELECT e.id, e.personId FROM Enrollment e "
                        + "WHERE e.offeringId = :offering AND e.status = :confirmed", Object[].class)
                .setParameter("offering", offeringId).setParameter("confirmed", EnrollmentStatus.CONFIRMED)
                .getResultStream().map(r -> new Confirmed((String) r[0], (String) r[1])).toList();
        if (confirmed.isEmpty()) {
            return List.of();
        }
        Set<String> off = reminders ? preferences.withoutReminders(confirmed.stream().map(Confirmed::personId)
                .distinct().toList()) : Set.of();
        Set<String> told = told(confirmed, kind);
        List<Outbox.Entry> lacking = new ArrayList<>();
        for (Confirmed c : confirmed) {
            if (!off.contains(c.personId())) {
                wanted.apply(c).stream().filter(e -> !told.contains(e.step() + ":" + c.enrollmentId()))
                        .forEach(lacking::add);
            }
        }
        return lacking;
    }

    /** The enrollments' messages of the kind, as "step:enrollment" (their dedupe keys without the cycle). */
    private Set<String> told(List<Confirmed> confirmed, Kind kind) {
        Set<String> told = new HashSet<>();
        em.createQuery("SELECT n.dedupeKey FROM Notice n WHERE n.enrollmentId IN :enrollments AND n.kind = :kind",
                        String.class)
                .setParameter("enrollments", confirmed.stream().map(Confirmed::enrollmentId).toList())
                .setParameter("kind", kind).getResultStream()
                .forEach(key -> told.add(key.substring(0, key.lastIndexOf(':'))));
        return told;
    }
}
