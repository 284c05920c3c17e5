package no.samkurs.calendar.overlap.control;

import no.samkurs.directory.people.entity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Who sees and marks the overlaps of Troms og Finnmark: one row per kind of person. */
class CoordinationTest {

    static final String REGION = "sf-troms-og-finnmark";

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "administrator,                           administrator,        -,                    true",
            "administrator at another office,         administrator,        sf-nordland,          true",
            "coordinator of this region,              regional-coordinator, sf-troms-og-finnmark, true",
            "coordinator of another region,           regional-coordinator, sf-nordland,          false",
            "editor at this statsforvalter office,    provider-editor,      sf-troms-og-finnmark, false",
            "editor at a provider in the region,      provider-editor,      korus-nord,           false",
            "participant,                             participant,          -,                    false",
            "municipal contact,                       municipal-contact,    -,                    false",
            "anonymous (no roles or organisation),    -,                    -,                    false"})
    void onlyTheRegionsCoordinatorsAndAdministratorsMay(String who, String role, String organisation,
                                                        boolean allowed) {
        Set<Role> roles = role == null ? Set.of() : Set.of(Role.ofName(role).orElseThrow());
        assertEquals(allowed, Coordination.allows(roles, organisation, REGION), who);
    }

    @Test
    void nobodySignedInMayNothing() {
        assertFalse(Coordination.allows(null, REGION));
    }
}
