package no.samkurs.notification.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.calendar.feed.control.EventsChanged;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.notification.outbox.entity.Kind;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the messages of a change of an offering's events in the transaction that makes it (the calendar announces
 * it once the events are written): when the offering is cancelled, a CANCEL to each confirmed participant and a
 * notice to each one waiting; otherwise, to each confirmed participant, the invitation again when times, place or
 * join link changed, and a CANCEL of the sessions cancelled while the offering goes on. One read of the offering's
 * enrollments and the outbox's few statements, however many they are. The SEQUENCE comes from the outbox's rule, so
 * it is above what the feeds now show and above the person's earlier messages: confirm, change, cancel go up.
 */
@ApplicationScoped
public class OfferingNotices {

    @Inject
    Outbox outbox;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** An enrollment as the messages need it. */
    record Enrolled(String id, String personId, EnrollmentStatus status) {
    }

    void onEvents(@Observes EventsChanged change) {
        List<Enrolled> enrolled = em.createQuery("SELECT e.id, e.personId, e.status FROM Enrollment e "
                        + "WHERE e.offeringId = :offering AND e.status IN :statuses", Object[].class)
                .setParameter("offering", change.offeringId())
                .setParameter("statuses", List.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED))
                .getResultStream().map(r -> new Enrolled((String) r[0], (String) r[1], (EnrollmentStatus) r[2]))
                .toList();
        outbox.record(entries(change, enrolled, clock.instant()));
    }

    /**
     * The messages, each change named by the SEQUENCE it raised the feeds to (so a later change is another
     * message, and the same one never two).
     */
    static List<Outbox.Entry> entries(EventsChanged change, List<Enrolled> enrolled, Instant now) {
        List<Outbox.Entry> entries = new ArrayList<>();
        for (Enrolled e : enrolled) {
            boolean confirmed = e.status() == EnrollmentStatus.CONFIRMED;
            if (change.cancelled()) {
                entries.add(entry(confirmed ? Kind.OFFERING_CANCELLED : Kind.OFFERING_CANCELLED_WAITING, change, e,
                        "offering-cancelled", now));
                continue;
            }
            if (confirmed && change.rescheduled()) {
                entries.add(entry(Kind.CHANGED, change, e, "changed-" + change.sequence(), now));
            }
            if (confirmed && change.withdrawn()) {
                entries.add(entry(Kind.SESSIONS_CANCELLED, change, e, "sessions-cancelled-" + change.sequence(),
                        now));
            }
        }
        return entries;
    }

    private static Outbox.Entry entry(Kind kind, EventsChanged change, Enrolled e, String step, Instant now) {
        return new Outbox.Entry(kind, e.personId(), change.offeringId(), e.id(), null, step, now);
    }
}
