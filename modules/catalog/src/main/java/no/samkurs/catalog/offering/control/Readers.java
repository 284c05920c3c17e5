package no.samkurs.catalog.offering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.entity.County;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the signed-in principal into a {@link Reader}: their organisation, roles and, for coordinators, counties. */
@ApplicationScoped
public class Readers {

    @Inject
    Accounts accounts;

    public Reader of(Principal principal) {
        if (principal == null) {
            return Reader.ANONYMOUS;
        }
        return accounts.byEmail(principal.getName()).filter(Person::isActive).map(Readers::of).orElse(Reader.ANONYMOUS);
    }

    static Reader of(Person person) {
        String organisation = person.organisation().map(Organisation::id).orElse(null);
        Set<String> counties = person.has(Role.REGIONAL_COORDINATOR)
                ? person.organisation().map(o -> o.counties().stream().map(County::number)
                .collect(Collectors.toSet())).orElse(Set.of())
                : Set.of();
        return new Reader(person.email(), organisation, person.has(Role.PROVIDER_EDITOR), counties,
                person.has(Role.ADMINISTRATOR));
    }
}
