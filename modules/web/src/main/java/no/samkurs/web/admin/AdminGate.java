package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.web.layout.Gate;

import java.io.IOException;

/**
 * Who may use the administrator's pages: administrators. Asked before every page is shown (a pre-render listener,
 * also after a form's postback), before a page loads what it shows, and at the start of every action that writes:
 * the anonymous are sent to sign in and come back, anyone else gets 403.
 */
@Named("adminGate")
@RequestScoped
public class AdminGate {

    @Inject
    Accounts accounts;

    @Inject
    Gate gate;

    private Person me;

    /** Whether an administrator asks; if not, the answer (sign in, or 403) is already on its way. */
    public boolean admits() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return false;
        }
        return gate.require(Role.Names.ADMINISTRATOR).isPresent();
    }

    /** For {@code <f:event type="preRenderView" listener="#{adminGate.check}"/>}. */
    public void check() throws IOException {
        admits();
    }

    /** The administrator at work, whom some rules concern (nobody deactivates themselves). */
    public Person me() {
        if (me == null) {
            String email = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
            me = accounts.byEmail(email).orElseThrow(() -> new IllegalStateException("Signed in, but unknown"));
        }
        return me;
    }
}
