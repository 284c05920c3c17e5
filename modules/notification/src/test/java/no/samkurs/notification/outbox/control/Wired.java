package no.samkurs.notification.outbox.control;

import jakarta.persistence.EntityManager;
import no.samkurs.calendar.feed.control.EventsChanged;
import no.samkurs.calendar.feed.control.Generations;
import no.samkurs.calendar.feed.control.Projection;
import no.samkurs.catalog.offering.control.Seats;
import no.samkurs.catalog.offering.control.SeatsChanged;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.enrollment.booking.control.Desk;
import no.samkurs.enrollment.booking.control.EnrollmentChanged;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.control.FairShare;
import no.samkurs.enrollment.booking.control.Line;
import no.samkurs.enrollment.booking.control.NewEnrollments;
import no.samkurs.platform.testing.Fired;
import no.samkurs.platform.testing.Wiring;

import java.time.Clock;
import java.time.Duration;

/**
 * On one entity manager, as CDI wires them in the container: enrollment's desk and cancelling, whose events (the
 * changes, then the stored seat counts) reach the outbox's observer synchronously, in the same transaction, with one
 * recording per transaction; and the calendar's projection, which keeps the events the invitations are made of and
 * announces their changes to the offering's messages, in the same transaction.
 */
final class Wired {

    final Seats seats = new Seats();
    final Line line = new Line();
    final Desk desk = new Desk();
    final Enrollments enrollments = new Enrollments();
    final Projection projection = new Projection();
    final Outbox outbox = new Outbox();
    final EnrollmentNotices notices = new EnrollmentNotices();
    final Recording recording = new Recording();
    final Fired<EnrollmentChanged> changes = new Fired<>(change -> notices.onChange(change));
    final OfferingNotices offeringNotices = new OfferingNotices();
    final CoHostNotices coHostNotices = new CoHostNotices();

    Wired(EntityManager em, Clock clock) {
        outbox.em = em;
        notices.outbox = outbox;
        notices.recording = recording;
        notices.em = em;
        notices.clock = clock;
        Wiring.set(seats, "em", em);
        Wiring.set(seats, "changed", new Fired<SeatsChanged>(stored -> notices.onSeats(stored)));
        Wiring.set(line, "em", em);
        Wiring.set(line, "changed", changes);
        Wiring.set(line, "cutoff", Duration.ZERO);
        NewEnrollments rows = new NewEnrollments();
        Wiring.set(rows, "em", em);
        FairShare fairShare = new FairShare();
        Wiring.set(fairShare, "em", em);
        Wiring.set(fairShare, "organisations", new Organisations(em));
        Wiring.set(desk, "em", em);
        Wiring.set(desk, "seats", seats);
        Wiring.set(desk, "line", line);
        Wiring.set(desk, "changed", changes);
        Wiring.set(desk, "rows", rows);
        Wiring.set(desk, "fairShare", fairShare);
        Wiring.set(desk, "clock", clock);
        Wiring.set(enrollments, "em", em);
        Wiring.set(enrollments, "seats", seats);
        Wiring.set(enrollments, "line", line);
        Wiring.set(enrollments, "changed", changes);
        Wiring.set(enrollments, "clock", clock);
        Generations generations = new Generations();
        Wiring.set(generations, "em", em);
        Wiring.set(generations, "raised", new Fired<Generations.Raised>());
        Wiring.set(projection, "em", em);
        Wiring.set(projection, "generations", generations);
        Wiring.set(projection, "clock", clock);
        Wiring.set(projection, "eventsChanged", new Fired<EventsChanged>(offeringNotices::onEvents));
        offeringNotices.em = em;
        offeringNotices.outbox = outbox;
        offeringNotices.clock = clock;
        coHostNotices.em = em;
        coHostNotices.outbox = outbox;
        coHostNotices.clock = clock;
    }
}
