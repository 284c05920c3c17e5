package no.samkurs.calendar.overlap.control;

import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.RuleViolation;

import java.util.Set;

/**
 * Who sees a region's overlaps and marks them: the region's coordinators (the role, at that statsforvalter office)
 * and administrators; nobody else, not coordinators of other regions. The only copy of the rule: the API, the pages
 * and {@link Overlaps} all ask it.
 */
public final class Coordination {

    private Coordination() {
    }

    public static boolean allows(Set<Role> roles, String organisationId, String regionId) {
        return roles.contains(Role.ADMINISTRATOR)
                || roles.contains(Role.REGIONAL_COORDINATOR) && regionId.equals(organisationId);
    }

    /** For a signed-in, active person; null (nobody signed in) is allowed nothing. */
    public static boolean allows(Person person, String regionId) {
        return person != null && person.isActive()
                && allows(person.roles(), person.organisation().map(Organisation::id).orElse(null), regionId);
    }

    public static void require(Person person, String regionId) {
        if (!allows(person, regionId)) {
            throw RuleViolation.forbidden("Bare regionens koordinatorer og administratorer ser og merker overlapp.");
        }
    }
}
