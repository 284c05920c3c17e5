package no.samkurs.calendar.personal.boundary;

import no.samkurs.platform.security.Forwarded;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.samkurs.calendar.personal.control.FeedAddress;
import no.samkurs.calendar.personal.control.FeedTokens;
import no.samkurs.calendar.personal.control.IssuedToken;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.security.RoleCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;

/**
 * The signed-in person's own calendar feed: whether they have one, a new secret address (which ends the old one),
 * and revoking it. The secret is shown once, in the answer to POST; nobody can read it back later.
 */
@Path("me/calendar-feed")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT, Role.Names.PROVIDER_EDITOR,
        Role.Names.REGIONAL_COORDINATOR, Role.Names.ADMINISTRATOR})
@Tag(name = "Kalender", description = "Felles regional kalender, kalenderabonnement og overlapp")
public class CalendarFeedResource {

    @Inject
    FeedTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    Forwarded tls;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    /** Whether the person has an active feed address, and since when; never the address itself. */
    public record FeedState(boolean active, Instant since) {
    }

    /** A new feed address, in both forms, with its secret token. */
    public record NewFeed(String token, String https, String webcal) {
    }

    @GET
    @Operation(summary = "Om du har en personlig kalenderadresse, og siden når")
    public FeedState state() {
        return tokens.activeSince(personId()).map(since -> new FeedState(true, since))
                .orElse(new FeedState(false, null));
    }

    @POST
    @Operation(summary = "Lag en ny hemmelig kalenderadresse; den gamle slutter å virke")
    @APIResponse(responseCode = "201", description = "Adressen, i https- og webcal-form; vises bare denne ene gangen")
    public Response create() {
        IssuedToken issued = tokens.issue(personId());
        FeedAddress address = FeedAddress.personal(uri.getBaseUri().resolve(".."), tls.overTls(request),
                issued.token());
        return Response.created(URI.create(address.https()))
                .header("Cache-Control", "no-store")
                .entity(new NewFeed(issued.token(), address.https(), address.webcal())).build();
    }

    @DELETE
    @Operation(summary = "Slett kalenderadressen; den svarer 404 fra nå av")
    @APIResponse(responseCode = "204", description = "Adressen virker ikke lenger")
    public void revoke() {
        tokens.revoke(personId());
    }

    private String personId() {
        return accounts.byEmail(security.getUserPrincipal().getName()).filter(Person::isActive).map(Person::id)
                .orElseThrow(() -> new NotAuthorizedException(RoleCheck.CHALLENGE));
    }
}
