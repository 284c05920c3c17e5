package no.samkurs.web.account;

import no.samkurs.directory.people.entity.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LandingTest {

    @Test
    void eachRoleLandsOnItsWork() {
        assertEquals("/admin", Landing.of(Set.of(Role.ADMINISTRATOR)));
        assertEquals("/koordinator", Landing.of(Set.of(Role.REGIONAL_COORDINATOR)));
        assertEquals("/redaktor", Landing.of(Set.of(Role.PROVIDER_EDITOR)));
        assertEquals("/min-side", Landing.of(Set.of(Role.PARTICIPANT)));
        assertEquals("/min-side", Landing.of(Set.of(Role.MUNICIPAL_CONTACT)));
        assertEquals("/min-side", Landing.of(Set.of()));
    }

    @Test
    void theMostFarReachingRoleWins() {
        assertEquals("/admin", Landing.of(Set.of(Role.PROVIDER_EDITOR, Role.ADMINISTRATOR)));
        assertEquals("/koordinator", Landing.of(Set.of(Role.PROVIDER_EDITOR, Role.REGIONAL_COORDINATOR)));
        assertEquals("/redaktor", Landing.of(Set.of(Role.PARTICIPANT, Role.PROVIDER_EDITOR)));
    }
}
