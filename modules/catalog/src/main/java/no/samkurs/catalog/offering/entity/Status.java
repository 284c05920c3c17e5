package no.samkurs.catalog.offering.entity;

import java.util.Locale;

/** Where an offering is in its life: draft, published, cancelled (kept visible) or archived after it ends. */
public enum Status implements Term {
    DRAFT("draft", "Utkast", "Utkast", "Draft"),
    PUBLISHED("published", "Publisert", "Publisert", "Published"),
    CANCELLED("cancelled", "Avlyst", "Avlyst", "Cancelled"),
    ARCHIVED("archived", "Arkivert", "Arkivert", "Archived");

    private final String code;
    private final String nb;
    private final String nn;
    private final String en;

    Status(String code, String nb, String nn, String en) {
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
