package no.samkurs.calendar.overlap.control;

/** Why two offerings overlap: close in time on a shared topic and target group, or near-duplicate titles. */
public enum Reason {
    CLOSE_IN_TIME("close-in-time"),
    SIMILAR_TITLES("similar-titles");

    private final String code;

    Reason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
