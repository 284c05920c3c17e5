package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.platform.problem.RuleViolation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /admin/ny-person}: an administrator creates an account with a first password, roles and home. Every
 * problem with the form is told at once, next to its field; a created person's page follows (post-redirect-get).
 */
@Named("newPerson")
@RequestScoped
public class NewPersonForm {

    @Inject
    Accounts accounts;

    @Inject
    Homes homes;

    @Inject
    AdminTexts texts;

    @Inject
    AdminGate gate;

    private final PersonInput input = new PersonInput();

    public PersonInput getInput() {
        return input;
    }

    public void create() throws IOException {
        if (!gate.admits()) {
            return;
        }
        List<PersonInput.Problem> problems = new ArrayList<>(input.accountProblems());
        Person.rulesBrokenBy(input.chosenRoles(), homes.municipality(input), homes.organisation(input))
                .stream().map(PersonInput::of).forEach(problems::add);
        if (!problems.isEmpty()) {
            problems.forEach(p -> texts.error(p.field(), p.key()));
            return;
        }
        Person created;
        try {
            created = accounts.create(input.getEmail(), input.getName(), input.getPassword(), input.chosenRoles(),
                    input.getMunicipality(), input.getOrganisation());
        } catch (RuleViolation violation) {
            if (violation.kind() == RuleViolation.Kind.CONFLICT) {
                texts.error("epost", "error.emailTaken");
            } else {
                homes.report(violation);
            }
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/person?id=" + created.id() + "&lagret=opprettet");
    }
}
