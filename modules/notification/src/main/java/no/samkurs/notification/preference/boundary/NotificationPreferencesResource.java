package no.samkurs.notification.preference.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.directory.people.control.Account;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.notification.preference.control.Preferences;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.platform.security.RoleCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own choices of messages; nobody reads or changes another's. */
@Path("me/notification-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT, Role.Names.PROVIDER_EDITOR,
        Role.Names.REGIONAL_COORDINATOR, Role.Names.ADMINISTRATOR})
@Tag(name = "Varsler", description = "Hvilke e-poster du vil ha fra Samkurs: påminnelser før øktene dine")
public class NotificationPreferencesResource {

    @Inject
    Preferences preferences;

    @Inject
    RequestPerson requestPerson;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Hvilke e-poster du vil ha: påminnelser før øktene du er påmeldt")
    public NotificationPreferences mine() {
        return new NotificationPreferences(preferences.reminders(personId()));
    }

    @PUT
    @Operation(summary = "Slå påminnelser før øktene dine på eller av")
    public NotificationPreferences change(NotificationPreferences wanted) {
        if (wanted == null || wanted.reminders() == null) {
            throw RuleViolation.invalid("reminders", "Oppgi om du vil ha påminnelser: true eller false.");
        }
        return new NotificationPreferences(preferences.remind(personId(), wanted.reminders()));
    }

    private String personId() {
        return requestPerson.byEmail(security.getUserPrincipal().getName()).filter(Account::active).map(Account::id)
                .orElseThrow(() -> new NotAuthorizedException(RoleCheck.CHALLENGE));
    }
}
