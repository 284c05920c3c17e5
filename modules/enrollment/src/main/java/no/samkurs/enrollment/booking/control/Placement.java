package no.samkurs.enrollment.booking.control;

import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.enrollment.booking.entity.Seat;

/**
 * What the desk answered one arrival: the enrollment (new or, for a repeated request, the existing one) with its
 * status and place in line, or why it was refused.
 */
public record Placement(String enrollmentId, String offeringId, String personId, EnrollmentStatus status, Seat seat,
                        Integer position, boolean created, Refused refused) {

    public static Placement of(Enrollment e, Integer position, boolean created) {
        return new Placement(e.id(), e.offeringId(), e.personId(), e.status(), e.seat().orElse(null), position,
                created, null);
    }

    public static Placement refused(Refused why) {
        return new Placement(null, null, null, null, null, null, false, why);
    }

    public boolean isRefused() {
        return refused != null;
    }
}
