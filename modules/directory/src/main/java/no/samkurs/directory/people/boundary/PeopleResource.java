package no.samkurs.directory.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.Set;

@Path("people")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Personer", description = "Brukere og roller")
public class PeopleResource {

    @Inject
    Accounts accounts;

    @GET
    @Path("me")
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT, Role.Names.PROVIDER_EDITOR,
            Role.Names.REGIONAL_COORDINATOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Den innloggede personen, med roller og tilhørighet")
    public PersonView me(@Context SecurityContext security) {
        return accounts.byEmail(security.getUserPrincipal().getName()).map(PersonView::of)
                .orElseThrow(() -> RuleViolation.notFound("Fant ikke brukeren du er logget inn som."));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Operation(summary = "Én person (administrator)")
    public PersonView one(@PathParam("id") String id) {
        return accounts.byId(id).map(PersonView::of)
                .orElseThrow(() -> RuleViolation.notFound("Fant ingen person med id «" + id + "»."));
    }

    @POST
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Operation(summary = "Opprett en lokal konto (administrator)")
    @APIResponse(responseCode = "201", description = "Kontoen; Location peker på den",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PersonView")))
    @APIResponse(responseCode = "409", description = "Det finnes allerede en bruker med e-postadressen")
    public Response create(@Valid @NotNull(message = "Send personen som JSON.") NewPerson person,
                           @Context UriInfo uri) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : person.roles()) {
            roles.add(Role.ofName(name).orElseThrow(() -> RuleViolation.notAllowed("roles", name, Role.names())));
        }
        Person created = accounts.create(person.email(), person.name(), person.password(), roles,
                person.municipality(), person.organisation());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(PersonView.of(created)).build();
    }
}
