package no.samkurs.web.admin;

import no.samkurs.directory.people.entity.PersonRule;
import no.samkurs.directory.people.entity.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonInputTest {

    @Test
    void everythingANewAccountLacksIsNamedAtOnceByItsField() {
        PersonInput empty = new PersonInput();
        assertEquals(List.of(new PersonInput.Problem("navn", "error.nameNeeded"),
                new PersonInput.Problem("epost", "error.emailNeeded"),
                new PersonInput.Problem("passord", "error.passwordLength")), empty.accountProblems());
    }

    @Test
    void aGoodAccountHasNoProblemsAndABadAddressOrShortPasswordHasOne() {
        PersonInput input = new PersonInput();
        input.setName(" Nora Ny ");
        input.setEmail("nora@alta.kommune.no");
        input.setPassword("tolv-tegn-ok");
        assertEquals(List.of(), input.accountProblems());

        input.setEmail("nora@alta");
        input.setPassword("for-kort");
        assertEquals(List.of(new PersonInput.Problem("epost", "error.emailInvalid"),
                new PersonInput.Problem("passord", "error.passwordLength")), input.accountProblems());
    }

    @Test
    void theDirectorysRulesStandByTheFieldTheyConcern() {
        assertEquals(new PersonInput.Problem("kommune", "rule.MUNICIPALITY_NEEDED"),
                PersonInput.of(PersonRule.MUNICIPALITY_NEEDED));
        assertEquals(new PersonInput.Problem("organisasjon", "rule.STATSFORVALTER_NEEDED"),
                PersonInput.of(PersonRule.STATSFORVALTER_NEEDED));
        assertEquals(new PersonInput.Problem("roller", "rule.OWN_ADMINISTRATOR_ROLE"),
                PersonInput.of(PersonRule.OWN_ADMINISTRATOR_ROLE));
        for (PersonRule rule : PersonRule.values()) {
            assertEquals(true, PersonInput.FIELDS.containsKey(rule.field()), rule + " has a field on the page");
        }
    }

    @Test
    void onlyRolesThatExistAreChosen() {
        PersonInput input = new PersonInput();
        input.setRoles(List.of("provider-editor", "superuser", "participant"));
        assertEquals(Set.of(Role.PROVIDER_EDITOR, Role.PARTICIPANT), input.chosenRoles());
        input.setRoles(null);
        assertEquals(Set.of(), input.chosenRoles());
    }
}
