package no.samkurs.catalog.offering.entity;

/** What a link points to. */
public enum LinkKind implements Term {
    MATERIAL("material", "Kursmateriell", "Kursmateriell", "Material"),
    RECORDING("recording", "Opptak", "Opptak", "Recording"),
    OTHER("other", "Lenke", "Lenkje", "Link");

    private final Labels labels;

    LinkKind(String code, String nb, String nn, String en) {
        labels = new Labels(code, nb, nn, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
