package no.samkurs.directory.organisation.boundary;

import no.samkurs.directory.organisation.entity.Organisation;

/** An organisation named inside another answer. */
public record OrganisationRef(String id, String name, String type) {

    public static OrganisationRef of(Organisation o) {
        return o == null ? null : new OrganisationRef(o.id(), o.name(), o.type().code());
    }
}
