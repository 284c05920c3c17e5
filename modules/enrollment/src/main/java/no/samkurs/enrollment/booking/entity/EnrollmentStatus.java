package no.samkurs.enrollment.booking.entity;

/** Where an enrollment stands. Only confirmed participants hold a seat; only the waitlisted have a position. */
public enum EnrollmentStatus {
    CONFIRMED("confirmed"), WAITLISTED("waitlisted"), CANCELLED("cancelled");

    private final String code;

    EnrollmentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean active() {
        return this != CANCELLED;
    }
}
