package no.samkurs.catalog.offering.entity;

import java.util.Locale;

/** What sort of offering it is; a course has sessions, e-learning has none. */
public enum Kind implements Term {
    COURSE("course", "Kurs", "Kurs", "Course"),
    WEBINAR("webinar", "Webinar", "Webinar", "Webinar"),
    NETWORK("network", "Læringsnettverk", "Læringsnettverk", "Learning network"),
    E_LEARNING("e-learning", "E-læring", "E-læring", "E-learning");

    private final String code;
    private final String nb;
    private final String nn;
    private final String en;

    Kind(String code, String nb, String nn, String en) {
        this.code = code;
        this.nb = nb;
        this.nn = nn;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label(Locale language) {
        return Term.labelIn(language, nb, nn, en);
    }
}
