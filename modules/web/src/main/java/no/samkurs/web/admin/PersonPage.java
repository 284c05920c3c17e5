package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.platform.problem.RuleViolation;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/person?id=…}: one person, their roles and home to change, their account to deactivate or reactivate.
 * Each form carries the version the administrator saw: a change made meanwhile by someone else is shown, never lost.
 */
@Named("adminPerson")
@RequestScoped
public class PersonPage {

    private static final Map<String, String> SAVED = Map.of("opprettet", "person.createdMessage",
            "roller", "person.saved", "deaktivert", "person.deactivated", "aktivert", "person.reactivated");

    @Inject
    Accounts accounts;

    @Inject
    Homes homes;

    @Inject
    AdminTexts texts;

    @Inject
    AdminGate gate;

    private final PersonInput input = new PersonInput();
    private String id;
    private long version;
    private String saved;
    private Person person;

    /** On opening the page: the person as they are now in the form; 404 for an unknown id. */
    public void load() throws IOException {
        if (!gate.admits()) {
            return;
        }
        if (getPerson() == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Ukjent person");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        version = person.version();
        input.setRoles(person.roles().stream().map(Role::roleName).toList());
        input.setMunicipality(person.municipality().map(Municipality::number).orElse(null));
        input.setOrganisation(person.organisation().map(Organisation::id).orElse(null));
    }

    public void save() throws IOException {
        if (!gate.admits() || getPerson() == null) {
            return;
        }
        Municipality municipality = homes.municipality(input);
        Organisation organisation = homes.organisation(input);
        List<PersonInput.Problem> problems = person.rulesBrokenByReassigning(input.chosenRoles(), municipality,
                organisation, gate.me()).stream().map(PersonInput::of).toList();
        if (!problems.isEmpty()) {
            problems.forEach(p -> texts.error(p.field(), p.key()));
            return;
        }
        change(() -> accounts.reassign(id, version, input.chosenRoles(), input.getMunicipality(),
                input.getOrganisation(), gate.me()), "roller");
    }

    /**
     * Deactivates an active account, reactivates a deactivated one: the state the administrator saw, as the
     * version makes sure (if someone changed it meanwhile, they see that instead).
     */
    public void changeStatus() throws IOException {
        if (!gate.admits() || getPerson() == null) {
            return;
        }
        if (person.isActive()) {
            change(() -> accounts.deactivate(id, version, gate.me()), "deaktivert");
        } else {
            change(() -> accounts.reactivate(id, version), "aktivert");
        }
    }

    private void change(Runnable change, String done) throws IOException {
        try {
            change.run();
        } catch (RuleViolation violation) {
            if (violation.kind() == RuleViolation.Kind.CONFLICT) {
                // The page now shows the other change; the form keeps this one, to be sent again on top of it.
                person = accounts.byId(id).orElse(null);
                version = person == null ? version : person.version();
                texts.error(null, "error.stale");
            } else if (violation.kind() == RuleViolation.Kind.INVALID && violation.field() != null) {
                homes.report(violation);
            } else {
                texts.error(null, "error.generic");
            }
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/person?id=" + id + "&lagret=" + done);
    }

    public Person getPerson() {
        if (person == null && id != null) {
            person = accounts.byId(id).orElse(null);
        }
        return person;
    }

    /** The administrator looks at their own account, which they may not deactivate. */
    public boolean isSelf() {
        return getPerson() != null && person.id().equals(gate.me().id());
    }

    /** What was just done, said once after the redirect. */
    public String getSavedMessage() {
        return saved == null || !SAVED.containsKey(saved) ? null : texts.get(SAVED.get(saved));
    }

    public PersonInput getInput() {
        return input;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getSaved() {
        return saved;
    }

    public void setSaved(String saved) {
        this.saved = saved;
    }
}
