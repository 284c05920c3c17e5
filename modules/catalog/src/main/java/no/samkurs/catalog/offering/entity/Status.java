package no.samkurs.catalog.offering.entity;

/** Where an offering is in its life: draft, published, cancelled (kept visible) or archived after it ends. */
public enum Status implements Term {
    DRAFT("draft", "Utkast", "Utkast", "Draft"),
    PUBLISHED("published", "Publisert", "Publisert", "Published"),
    CANCELLED("cancelled", "Avlyst", "Avlyst", "Cancelled"),
    ARCHIVED("archived", "Arkivert", "Arkivert", "Archived");

    private final Labels labels;

    Status(String code, String nb, String nn, String en) {
        labels = new Labels(code, nb, nn, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
