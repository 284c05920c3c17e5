package no.samkurs.enrollment.booking.control;

/**
 * An enrollment changed. Fired inside the transaction that made the change: observe it {@code AFTER_SUCCESS} to act
 * once it is committed (never for a change that was rolled back), or in the transaction to record something with it
 * (a notification outbox). {@code position} is the place in line for {@link Change#WAITLISTED}, else null.
 */
public record EnrollmentChanged(Change change, String enrollmentId, String offeringId, String personId,
                                Integer position) {

    public enum Change { ENROLLED, WAITLISTED, PROMOTED, CANCELLED }
}
