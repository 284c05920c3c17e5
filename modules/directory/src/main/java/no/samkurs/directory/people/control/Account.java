package no.samkurs.directory.people.control;

import no.samkurs.directory.people.entity.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who a signed-in person is, as sign-in and authorization need it: read in one light query, without building the
 * person aggregate.
 */
public record Account(String id, String email, boolean active, Set<Role> roles, String municipalityNumber,
                      String organisationId) {

    public Account {
        roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
