package no.samkurs.enrollment.booking.boundary;

import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.enrollment.booking.entity.Enrollment;

import java.time.Instant;

/**
 * One of the caller's enrollments with what "Min side" needs: the offering's title and first start, and whether
 * (and until when) the caller may still cancel themself.
 */
public record MyEnrollment(EnrollmentView enrollment, String offeringTitle, String offeringStatus, String firstStart,
                           String cancelDeadline, boolean cancellable) {

    static MyEnrollment of(Enrollment e, Integer position, Offering offering, Instant deadline, Instant now) {
        return new MyEnrollment(EnrollmentView.of(e, position), offering.title(), offering.status().code(),
                offering.firstStart().map(Instant::toString).orElse(null),
                deadline == null ? null : deadline.toString(),
                e.status().active() && (deadline == null || now.isBefore(deadline)));
    }
}
