package no.samkurs.enrollment.booking.boundary;

import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.enrollment.booking.entity.Enrollment;

import java.util.Locale;

/**
 * An enrollment as the API shows it. {@code position} is the place in line (1 is next) for the waitlisted;
 * {@code seat} is {@code reserved} for a fair-share seat. Times are ISO-8601 instants.
 */
public record EnrollmentView(String id, String offeringId, String status, Integer position, String seat,
                             String municipality, String service, String arrivedAt, String confirmedAt,
                             boolean promoted, String cancelledAt, String cancelReason) {

    static EnrollmentView of(Placement p) {
        return new EnrollmentView(p.enrollmentId(), p.offeringId(), p.status().code(), p.position(),
                p.seat() == null ? null : p.seat().name().toLowerCase(Locale.ROOT), null, null, null, null, false,
                null, null);
    }

    static EnrollmentView of(Enrollment e, Integer position) {
        return new EnrollmentView(e.id(), e.offeringId(), e.status().code(), position,
                e.seat().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null), e.municipality().orElse(null),
                e.service().orElse(null), e.arrivedAt().toString(), e.confirmedAt().map(Object::toString).orElse(null),
                e.promoted(), e.cancelledAt().map(Object::toString).orElse(null), e.cancelReason().orElse(null));
    }
}
