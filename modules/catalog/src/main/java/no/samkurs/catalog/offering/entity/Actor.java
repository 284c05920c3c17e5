package no.samkurs.catalog.offering.entity;

/**
 * Who changes an offering: an editor acting for their organisation, or an administrator, who may act for any host.
 */
public record Actor(String organisationId, boolean administrator) {

    private static final Actor ADMINISTRATOR = new Actor(null, true);

    public static Actor editorOf(String organisationId) {
        return new Actor(organisationId, false);
    }

    public static Actor anAdministrator() {
        return ADMINISTRATOR;
    }
}
