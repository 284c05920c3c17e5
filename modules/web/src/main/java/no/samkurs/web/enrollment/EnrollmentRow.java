package no.samkurs.web.enrollment;

import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;

import java.time.Instant;

/**
 * One of a person's enrollments as their pages show it: the offering, where they stand ({@code position} 1 is next
 * in line, for the waitlisted only), the first session, and until when they may cancel themselves
 * ({@code deadline} null: any time).
 */
public record EnrollmentRow(String id, String offeringId, String title, Status offeringStatus,
                            EnrollmentStatus status, Integer position, String service, Instant firstStart,
                            Instant deadline, boolean cancellable, Instant cancelledAt, String cancelReason,
                            String contactEmail) {

    public boolean isActive() {
        return status.active();
    }

    public boolean isConfirmed() {
        return status == EnrollmentStatus.CONFIRMED;
    }

    public boolean isWaitlisted() {
        return status == EnrollmentStatus.WAITLISTED;
    }

    /** Active, but the person may no longer cancel themselves: the deadline has passed. */
    public boolean isLocked() {
        return status.active() && !cancellable;
    }

    public boolean isOfferingCancelled() {
        return offeringStatus == Status.CANCELLED;
    }
}
