package no.samkurs.calendar.series.boundary;

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
import no.samkurs.calendar.series.control.Meetings;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** An offering's recurring series of meetings: listing them, and planning a new one (editors of its hosts). */
@Path("offerings/{id}/series")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kalender", description = "Felles regional kalender, kalenderabonnement og overlapp")
public class OfferingSeriesResource {

    @Inject
    Meetings meetings;

    @Inject
    Readers readers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Møteseriene til et tilbud, med hvert møte (flyttede og avlyste merket)")
    public List<SeriesView> list(@PathParam("id") String id) {
        Reader reader = readers.of(security.getUserPrincipal());
        Offering offering = Visibility.requireRead(reader, meetings.offering(id));
        boolean inside = Visibility.seesInside(reader, offering);
        return meetings.ofOffering(id).stream().map(s -> SeriesView.of(s, inside)).toList();
    }

    @POST
    @RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Planlegg en møteserie (RFC 5545-regel i norsk tid) for et tilbud (redaktør hos en vert)")
    @APIResponse(responseCode = "201", description = "Serien; Location peker på den")
    public Response create(@PathParam("id") String id,
                           @Valid @NotNull(message = "Send serien som JSON.") SeriesInput input, @Context UriInfo uri) {
        Reader reader = readers.of(security.getUserPrincipal());
        Series created = meetings.create(id, input.details(), reader.actor());
        return Response.created(uri.getBaseUriBuilder().path("series").path(created.id()).build())
                .entity(SeriesView.of(created, true)).build();
    }
}
