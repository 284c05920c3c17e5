package no.samkurs.catalog.offering.entity;

/** A co-host's answer to the lead provider's invitation. */
public enum HostState implements Term {
    INVITED("invited", "Invitert", "Invitert", "Invited"),
    ACCEPTED("accepted", "Takket ja", "Takka ja", "Accepted"),
    DECLINED("declined", "Takket nei", "Takka nei", "Declined");

    private final Labels labels;

    HostState(String code, String nb, String nn, String en) {
        labels = new Labels(code, nb, nn, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
