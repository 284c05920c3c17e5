package no.samkurs.catalog.offering.entity;

import java.util.Locale;

/** What a link points to. */
public enum LinkKind implements Term {
    MATERIAL("material", "Kursmateriell", "Kursmateriell", "Material"),
    RECORDING("recording", "Opptak", "Opptak", "Recording"),
    OTHER("other", "Lenke", "Lenkje", "Link");

    private final String code;
    private final String nb;
    private final String nn;
    private final String en;

    LinkKind(String code, String nb, String nn, String en) {
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
