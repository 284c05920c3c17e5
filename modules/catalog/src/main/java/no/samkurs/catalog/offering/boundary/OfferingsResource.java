package no.samkurs.catalog.offering.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.CallerLanguage;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading one offering, and the editors' changes to it: create, update, publish, cancel. */
@Path("offerings")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tilbud", description = "Kurs, webinarer, læringsnettverk og e-læring")
public class OfferingsResource {

    @Inject
    Offerings offerings;

    @Inject
    Readers readers;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    public record CancelInput(
            @NotBlank(message = "Skriv en begrunnelse for avlysningen; deltakerne får se den.")
            @Size(max = 1000, message = "Begrunnelsen kan være høyst 1000 tegn.") String reason) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Ett tilbud med økter, verter og lenker")
    @APIResponse(responseCode = "200", description = "Tilbudet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OfferingView")))
    @APIResponse(responseCode = "403", description = "Et utkast du er logget inn uten tilgang til (anonyme får 404)")
    public OfferingView one(@PathParam("id") String id) {
        Reader reader = reader();
        return view(Visibility.requireRead(reader, offerings.require(id)), reader);
    }

    @POST
    @RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Opprett et utkast (redaktør); hovedarrangør er din organisasjon")
    @APIResponse(responseCode = "201", description = "Utkastet; Location peker på det",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OfferingView")))
    public Response create(@Valid @NotNull(message = "Send tilbudet som JSON.") OfferingInput input,
                           @Context UriInfo uri) {
        Reader reader = reader();
        String lead = input.lead() != null ? input.lead() : reader.organisationId();
        if (lead == null) {
            throw RuleViolation.invalid("lead", "Oppgi hvilken organisasjon som er hovedarrangør.");
        }
        Offering created = offerings.create(lead, input.details(), reader.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(view(created, reader)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Endre et tilbud (redaktør hos en vert); send versjonen du endret, ellers 409")
    public OfferingView update(@PathParam("id") String id,
                               @Valid @NotNull(message = "Send tilbudet som JSON.") OfferingInput input) {
        if (input.version() == null) {
            throw RuleViolation.invalid("version", "Send versjonen du endret (feltet version), så ingen endringer går tapt.");
        }
        Reader reader = reader();
        return view(offerings.update(id, input.version(), input.details(), reader.actor()), reader);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Publiser et utkast når alle inviterte medarrangører har svart")
    public OfferingView publish(@PathParam("id") String id) {
        Reader reader = reader();
        return view(offerings.publish(id, reader.actor()), reader);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Avlys (bare hovedarrangøren); tilbudet vises videre som avlyst med begrunnelsen")
    public OfferingView cancel(@PathParam("id") String id,
                               @Valid @NotNull(message = "Send begrunnelsen som JSON: {\"reason\": \"...\"}.") CancelInput input) {
        Reader reader = reader();
        return view(offerings.cancel(id, input.reason(), reader.actor()), reader);
    }

    private Reader reader() {
        return readers.of(security.getUserPrincipal());
    }

    private OfferingView view(Offering offering, Reader reader) {
        return OfferingView.of(offering, reader, CallerLanguage.of(headers.getAcceptableLanguages()));
    }
}
