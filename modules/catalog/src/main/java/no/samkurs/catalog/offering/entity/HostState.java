package no.samkurs.catalog.offering.entity;

import java.util.Locale;

/** A co-host's answer to the lead provider's invitation. */
public enum HostState implements Term {
    INVITED("invited", "Invitert", "Invitert", "Invited"),
    ACCEPTED("accepted", "Takket ja", "Takka ja", "Accepted"),
    DECLINED("declined", "Takket nei", "Takka nei", "Declined");

    private final String code;
    private final String nb;
    private final String nn;
    private final String en;

    HostState(String code, String nb, String nn, String en) {
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
