package no.samkurs.notification.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.catalog.offering.control.SeatsChanged;
import no.samkurs.enrollment.booking.control.EnrollmentChanged;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.notification.outbox.entity.Kind;

import java.time.Clock;

/**
 * Records the message for each enrollment change in the transaction that makes it, so a change that rolls back
 * leaves no message and a committed one always has its message. Cheap on the desk's path: a change is noted in
 * memory (nothing is read; only a cancellation looks at its enrollment, which its transaction already holds), and
 * the transaction's messages are written together when it stores the offering's seat counts, which every enrollment
 * change does last, in the same transaction (the desk after its batch; cancelling, promoting and releasing after the
 * line moved).
 */
@ApplicationScoped
public class EnrollmentNotices {

    @Inject
    Outbox outbox;

    @Inject
    Recording recording;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    void onChange(@Observes EnrollmentChanged change) {
        Kind kind = switch (change.change()) {
            case ENROLLED -> Kind.CONFIRMED;
            case PROMOTED -> Kind.PROMOTED;
            case WAITLISTED -> Kind.WAITLISTED;
            case CANCELLED -> wasConfirmed(change.enrollmentId()) ? Kind.CANCELLED : Kind.LEFT_WAITLIST;
        };
        String step = switch (change.change()) {
            case ENROLLED, WAITLISTED -> "start";
            case PROMOTED -> "promoted";
            case CANCELLED -> "cancelled";
        };
        recording.add(new Outbox.Entry(kind, change.personId(), change.offeringId(), change.enrollmentId(),
                change.position(), step, clock.instant()));
    }

    void onSeats(@Observes SeatsChanged stored) {
        outbox.record(recording.drain());
    }

    /**
     * Whether the cancelled enrollment had a seat: it keeps when it was confirmed (a new enrollment in line clears
     * it). The cancelling transaction has the enrollment in hand, so this reads nothing from the database.
     */
    private boolean wasConfirmed(String enrollmentId) {
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        return enrollment != null && enrollment.confirmedAt().isPresent();
    }
}
