package no.samkurs.enrollment;

import no.samkurs.platform.testing.Wiring;
import no.samkurs.platform.testing.Fired;
import jakarta.persistence.EntityManager;
import no.samkurs.catalog.offering.control.Seats;
import no.samkurs.catalog.offering.control.SeatsChanged;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.enrollment.booking.control.Desk;
import no.samkurs.enrollment.booking.control.EnrollmentChanged;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.control.FairShare;
import no.samkurs.enrollment.booking.control.Line;
import no.samkurs.enrollment.booking.control.NewEnrollments;

import java.time.Clock;
import java.time.Duration;

/** Enrollment's controls on one entity manager, wired as CDI would, for tests outside the container. */
public final class Wired {

    public final Seats seats = new Seats();
    public final Line line = new Line();
    public final NewEnrollments rows = new NewEnrollments();
    public final Desk desk = new Desk();
    public final Enrollments enrollments = new Enrollments();
    public final FairShare fairShare = new FairShare();

    public Wired(EntityManager em, Clock clock, Fired<EnrollmentChanged> changes) {
        Wiring.set(seats, "em", em);
        Wiring.set(seats, "changed", new Fired<SeatsChanged>());
        Wiring.set(line, "em", em);
        Wiring.set(line, "changed", changes);
        Wiring.set(line, "cutoff", Duration.ZERO);
        Wiring.set(rows, "em", em);
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
        Wiring.set(fairShare, "em", em);
        Wiring.set(fairShare, "organisations", new Organisations(em));
    }
}
