package no.samkurs.catalog.offering.entity;

/** How participants take part. */
public enum Delivery implements Term {
    DIGITAL("digital", "Digitalt", "Digitalt", "Online"),
    IN_PERSON("in-person", "Fysisk oppmøte", "Fysisk oppmøte", "In person"),
    HYBRID("hybrid", "Hybrid (fysisk og digitalt)", "Hybrid (fysisk og digitalt)", "Hybrid");

    private final Labels labels;

    Delivery(String code, String nb, String nn, String en) {
        labels = new Labels(code, nb, nn, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
