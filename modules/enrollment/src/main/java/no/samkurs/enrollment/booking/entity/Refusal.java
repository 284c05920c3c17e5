package no.samkurs.enrollment.booking.entity;

/**
 * Every reason an enrollment or a cancellation is refused, with its HTTP status and a stable code (the problem's
 * {@code reason}); the words, in bokmål, nynorsk and English, are in the {@code refusals} bundles.
 */
public enum Refusal {
    UNKNOWN_OFFERING(404),
    OFFERING_CANCELLED(409),
    OFFERING_ENDED(409),
    NOT_OPEN_YET(409),
    CLOSED(409),
    MUNICIPALITY_FULL(409),
    NO_MUNICIPALITY(422),
    NOT_FOR_ROLE(403),
    UNKNOWN_SERVICE(422),
    KEY_REUSED(422),
    UNKNOWN_ENROLLMENT(404),
    ALREADY_CANCELLED(409),
    DEADLINE_PASSED(409),
    REASON_NEEDED(422),
    NOT_CONFIRMED(409),
    SESSION_NOT_STARTED(409),
    UNKNOWN_SESSION(404),
    BUSY(503);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code in problems and bundles: {@code NOT_OPEN_YET} is {@code not-open-yet}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
