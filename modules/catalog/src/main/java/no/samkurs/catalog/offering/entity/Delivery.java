package no.samkurs.catalog.offering.entity;

import java.util.Locale;

/** How participants take part. */
public enum Delivery implements Term {
    DIGITAL("digital", "Digitalt", "Digitalt", "Online"),
    IN_PERSON("in-person", "Fysisk oppmøte", "Fysisk oppmøte", "In person"),
    HYBRID("hybrid", "Hybrid (fysisk og digitalt)", "Hybrid (fysisk og digitalt)", "Hybrid");

    private final String code;
    private final String nb;
    private final String nn;
    private final String en;

    Delivery(String code, String nb, String nn, String en) {
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
