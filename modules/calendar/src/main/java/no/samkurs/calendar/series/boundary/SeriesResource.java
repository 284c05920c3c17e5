package no.samkurs.calendar.series.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.calendar.series.control.Meetings;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One series: reading it, changing it (with the version read), cancelling it, and moving or cancelling a meeting. */
@Path("series")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kalender")
public class SeriesResource {

    @Inject
    Meetings meetings;

    @Inject
    Readers readers;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}")
    @Operation(summary = "En møteserie med hvert møte")
    public SeriesView one(@PathParam("id") String id) {
        Reader reader = reader();
        Series series = meetings.require(id);
        Offering offering = Visibility.requireRead(reader, meetings.offering(series.offeringId()));
        return SeriesView.of(series, Visibility.seesInside(reader, offering));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Endre en møteserie; send versjonen du endret, ellers 409")
    public SeriesView update(@PathParam("id") String id,
                             @Valid @NotNull(message = "Send serien som JSON.") SeriesInput input) {
        if (input.version() == null) {
            throw RuleViolation.invalid("version", "Send versjonen du endret (feltet version), så ingen endringer går tapt.");
        }
        return SeriesView.of(meetings.update(id, input.version(), input.details(), reader().actor()), true);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Avlys hele serien; møtene vises videre som avlyst")
    public SeriesView cancel(@PathParam("id") String id) {
        return SeriesView.of(meetings.cancel(id, reader().actor()), true);
    }

    @PUT
    @Path("{id}/occurrences/{date}")
    @RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Flytt eller avlys ett møte, navngitt ved datoen regelen gir det (ÅÅÅÅ-MM-DD)")
    public SeriesView change(@PathParam("id") String id, @PathParam("date") String date,
                             @NotNull(message = "Send endringen som JSON: {\"cancelled\": true} eller "
                                     + "{\"start\": \"2026-11-05T13:00\", \"end\": \"2026-11-05T15:00\"}.")
                             OccurrenceInput input) {
        return SeriesView.of(meetings.changeOccurrence(id, SeriesInput.date("date", date), input.cancel(),
                input.startsAt(), input.endsAt(), reader().actor()), true);
    }

    @DELETE
    @Path("{id}/occurrences/{date}")
    @RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Gjenopprett ett møte: det holdes igjen som serien sier")
    public SeriesView restore(@PathParam("id") String id, @PathParam("date") String date) {
        return SeriesView.of(meetings.restoreOccurrence(id, SeriesInput.date("date", date), reader().actor()), true);
    }

    private Reader reader() {
        return readers.of(security.getUserPrincipal());
    }
}
