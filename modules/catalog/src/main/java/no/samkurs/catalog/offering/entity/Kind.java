package no.samkurs.catalog.offering.entity;

/** What sort of offering it is; a course has sessions, e-learning has none. */
public enum Kind implements Term {
    COURSE("course", "Kurs", "Kurs", "Course"),
    WEBINAR("webinar", "Webinar", "Webinar", "Webinar"),
    NETWORK("network", "Læringsnettverk", "Læringsnettverk", "Learning network"),
    E_LEARNING("e-learning", "E-læring", "E-læring", "E-learning");

    private final Labels labels;

    Kind(String code, String nb, String nn, String en) {
        labels = new Labels(code, nb, nn, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
