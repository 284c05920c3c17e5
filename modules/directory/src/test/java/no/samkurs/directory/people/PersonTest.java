package no.samkurs.directory.people;

import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.entity.GeoPoint;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonTest {

    static final Organisation RVTS_NORD = new Organisation("rvts-nord", OrganisationType.RVTS, "RVTS Nord",
            new GeoPoint(69.64906, 18.95508));
    static final Organisation STATSFORVALTER = new Organisation("sf-nordland", OrganisationType.STATSFORVALTER,
            "Statsforvalteren i Nordland", null);

    @Test
    void editorBelongsToAnOrganisationAndEmailIsNormalised() {
        Person editor = new Person("  Rune.Redaktor@RVTS.no ", "Rune", Set.of(Role.PROVIDER_EDITOR), null, RVTS_NORD);
        assertEquals("rune.redaktor@rvts.no", editor.email());
        assertTrue(editor.has(Role.PROVIDER_EDITOR));
        assertTrue(editor.isActive());
        assertEquals(36, editor.id().length());
    }

    @Test
    void everyRoleNeedsItsHome() {
        assertEquals("municipality", fieldOf(() -> new Person("a@b.no", "A", Set.of(Role.PARTICIPANT), null, null)));
        assertEquals("municipality", fieldOf(() -> new Person("a@b.no", "A", Set.of(Role.MUNICIPAL_CONTACT), null, RVTS_NORD)));
        assertEquals("organisation", fieldOf(() -> new Person("a@b.no", "A", Set.of(Role.PROVIDER_EDITOR), null, null)));
        assertEquals("roles", fieldOf(() -> new Person("a@b.no", "A", Set.of(), null, null)));
    }

    @Test
    void coordinatorsWorkAtAStatsforvalterOffice() {
        assertEquals("organisation", fieldOf(
                () -> new Person("k@b.no", "K", Set.of(Role.REGIONAL_COORDINATOR), null, RVTS_NORD)));
        Person coordinator = new Person("k@b.no", "K", Set.of(Role.REGIONAL_COORDINATOR), null, STATSFORVALTER);
        assertEquals(STATSFORVALTER, coordinator.organisation().orElseThrow());
    }

    @Test
    void administratorsNeedNoHome() {
        Person admin = new Person("admin@b.no", "Ada", Set.of(Role.ADMINISTRATOR), null, null);
        assertTrue(admin.municipality().isEmpty());
        assertTrue(admin.organisation().isEmpty());
    }

    private static String fieldOf(Runnable creation) {
        RuleViolation violation = assertThrows(RuleViolation.class, creation::run);
        assertEquals(RuleViolation.Kind.INVALID, violation.kind());
        return violation.toProblem().errors().get(0).field();
    }
}
