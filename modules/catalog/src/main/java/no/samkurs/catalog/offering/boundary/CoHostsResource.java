package no.samkurs.catalog.offering.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.CallerLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Co-hosting: the lead invites and removes co-hosts; each invited organisation accepts or declines. */
@Path("offerings/{id}/co-hosts")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
@Tag(name = "Tilbud")
public class CoHostsResource {

    @Inject
    Offerings offerings;

    @Inject
    Readers readers;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    public record Invitation(@NotBlank(message = "Oppgi organisasjonen som skal inviteres.") String organisation) {
    }

    @POST
    @Operation(summary = "Inviter en medarrangør (bare hovedarrangøren)")
    public OfferingView invite(@PathParam("id") String id,
                               @Valid @NotNull(message = "Send invitasjonen som JSON: {\"organisation\": \"...\"}.")
                               Invitation invitation) {
        Reader reader = reader();
        return view(offerings.invite(id, invitation.organisation(), reader.actor()), reader);
    }

    @POST
    @Path("{organisation}/accept")
    @Operation(summary = "Takk ja til å være medarrangør (redaktør hos den inviterte)")
    public OfferingView accept(@PathParam("id") String id, @PathParam("organisation") String organisation) {
        Reader reader = reader();
        return view(offerings.answer(id, organisation, true, reader.actor()), reader);
    }

    @POST
    @Path("{organisation}/decline")
    @Operation(summary = "Takk nei til å være medarrangør (redaktør hos den inviterte)")
    public OfferingView decline(@PathParam("id") String id, @PathParam("organisation") String organisation) {
        Reader reader = reader();
        return view(offerings.answer(id, organisation, false, reader.actor()), reader);
    }

    @DELETE
    @Path("{organisation}")
    @Operation(summary = "Fjern en medarrangør (bare hovedarrangøren)")
    public OfferingView remove(@PathParam("id") String id, @PathParam("organisation") String organisation) {
        Reader reader = reader();
        return view(offerings.removeCoHost(id, organisation, reader.actor()), reader);
    }

    private Reader reader() {
        return readers.of(security.getUserPrincipal());
    }

    private OfferingView view(Offering offering, Reader reader) {
        return OfferingView.of(offering, reader, CallerLanguage.of(headers.getAcceptableLanguages()));
    }
}
