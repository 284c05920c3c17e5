package no.samkurs.directory.people;

import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.PersonRule;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.entity.GeoPoint;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void aPersonReadsInBokmalNynorskOrEnglish() {
        Person person = new Person("d@b.no", "D", Set.of(Role.ADMINISTRATOR), null, null);
        assertTrue(person.language().isEmpty());
        person.preferLanguage("nn");
        assertEquals("nn", person.language().orElseThrow());
        assertEquals("language", fieldOf(() -> person.preferLanguage("sv")));
        assertEquals("nn", person.language().orElseThrow());
    }

    @Test
    void allTheHomeRulesARoleSetBreaksAreNamedAtOnce() {
        assertEquals(List.of(PersonRule.ROLE_NEEDED), Person.rulesBrokenBy(Set.of(), null, null));
        assertEquals(List.of(PersonRule.MUNICIPALITY_NEEDED, PersonRule.ORGANISATION_NEEDED),
                Person.rulesBrokenBy(Set.of(Role.PARTICIPANT, Role.PROVIDER_EDITOR), null, null));
        assertEquals(List.of(PersonRule.STATSFORVALTER_NEEDED),
                Person.rulesBrokenBy(Set.of(Role.PROVIDER_EDITOR, Role.REGIONAL_COORDINATOR), null, RVTS_NORD));
        assertEquals(List.of(), Person.rulesBrokenBy(Set.of(Role.REGIONAL_COORDINATOR), null, STATSFORVALTER));
        assertEquals(List.of(), Person.rulesBrokenBy(Set.of(Role.ADMINISTRATOR), null, null));
    }

    @Test
    void reassigningChangesRolesAndHomeOnlyWhenTheyFit() {
        Person admin = new Person("admin@b.no", "Ada", Set.of(Role.ADMINISTRATOR), null, null);
        Person editor = new Person("e@b.no", "E", Set.of(Role.PROVIDER_EDITOR), null, RVTS_NORD);
        assertEquals("organisation", fieldOf(
                () -> editor.reassign(Set.of(Role.REGIONAL_COORDINATOR), null, RVTS_NORD, admin)));
        assertEquals(Set.of(Role.PROVIDER_EDITOR), editor.roles(), "nothing changed by a broken rule");

        editor.reassign(Set.of(Role.PROVIDER_EDITOR, Role.REGIONAL_COORDINATOR), null, STATSFORVALTER, admin);
        assertEquals(Set.of(Role.PROVIDER_EDITOR, Role.REGIONAL_COORDINATOR), editor.roles());
        assertEquals(STATSFORVALTER, editor.organisation().orElseThrow());
    }

    @Test
    void anAdministratorKeepsTheirOwnRoleAndAccount() {
        Person admin = new Person("admin@b.no", "Ada", Set.of(Role.ADMINISTRATOR), null, null);
        Person other = new Person("other@b.no", "Ola", Set.of(Role.ADMINISTRATOR), null, null);
        assertEquals(List.of(PersonRule.OWN_ADMINISTRATOR_ROLE),
                admin.rulesBrokenByReassigning(Set.of(Role.PROVIDER_EDITOR), null, RVTS_NORD, admin));
        assertEquals("roles", fieldOf(() -> admin.reassign(Set.of(Role.PROVIDER_EDITOR), null, RVTS_NORD, admin)));
        assertEquals("active", fieldOf(() -> admin.deactivate(admin)));
        assertTrue(admin.isActive());

        other.reassign(Set.of(Role.PROVIDER_EDITOR), null, RVTS_NORD, admin);
        assertEquals(Set.of(Role.PROVIDER_EDITOR), other.roles(), "another administrator's role may go");
    }

    @Test
    void aDeactivatedPersonCanBeReactivated() {
        Person admin = new Person("admin@b.no", "Ada", Set.of(Role.ADMINISTRATOR), null, null);
        Person editor = new Person("e@b.no", "E", Set.of(Role.PROVIDER_EDITOR), null, RVTS_NORD);
        editor.deactivate(admin);
        assertFalse(editor.isActive());
        editor.reactivate();
        assertTrue(editor.isActive());
    }

    @Test
    void anAddressNeedsAnAtAndADottedDomainAndANameIsNeeded() {
        assertEquals(List.of(), Person.detailsBrokenBy("nora@alta.kommune.no", "Nora"));
        assertEquals(List.of("email", "name"), Person.detailsBrokenBy("nora@alta", " ").stream()
                .map(e -> e.field()).toList());
        assertEquals(Person.EMAIL_NEEDED, Person.detailsBrokenBy(null, "N").get(0).message());
        assertEquals(Person.EMAIL_TOO_LONG, Person.detailsBrokenBy("a".repeat(250) + "@b.no", "N").get(0).message());
    }

    private static String fieldOf(Runnable creation) {
        RuleViolation violation = assertThrows(RuleViolation.class, creation::run);
        assertEquals(RuleViolation.Kind.INVALID, violation.kind());
        return violation.toProblem().errors().get(0).field();
    }
}
