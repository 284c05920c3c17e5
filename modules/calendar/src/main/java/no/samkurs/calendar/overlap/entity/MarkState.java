package no.samkurs.calendar.overlap.entity;

import no.samkurs.catalog.offering.entity.Term;

/** What the coordinators concluded about a pair: they coordinated it with the providers, or it is a conflict. */
public enum MarkState implements Term {
    COORDINATED("coordinated", "Samordnet", "Samordna", "Coordinated"),
    CONFLICT("conflict", "Konflikt", "Konflikt", "Conflict");

    private final Labels labels;

    MarkState(String code, String nb, String nn, String en) {
        labels = new Labels(code, nb, nn, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
