package no.samkurs.directory.people.boundary;

import no.samkurs.directory.organisation.boundary.OrganisationRef;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;

import java.util.List;

/** A person as the API shows them; never the password hash. */
public record PersonView(String id, String email, String name, List<String> roles,
                         MunicipalityRef municipality, OrganisationRef organisation, boolean active) {

    public record MunicipalityRef(String number, String name) {
    }

    static PersonView of(Person p) {
        return new PersonView(p.id(), p.email(), p.name(), p.roles().stream().map(Role::roleName).sorted().toList(),
                p.municipality().map(m -> new MunicipalityRef(m.number(), m.name())).orElse(null),
                p.organisation().map(OrganisationRef::of).orElse(null), p.isActive());
    }
}
