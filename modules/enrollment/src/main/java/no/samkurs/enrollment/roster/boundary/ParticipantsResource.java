package no.samkurs.enrollment.roster.boundary;

import no.samkurs.enrollment.booking.boundary.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.roster.control.ExcelCsv;
import no.samkurs.enrollment.roster.control.Participant;
import no.samkurs.enrollment.roster.control.ParticipantsCsv;
import no.samkurs.enrollment.roster.control.Roster;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An offering's participant list for its organisers, as JSON or (with {@code Accept: text/csv}, or at
 * {@code participants.csv}) as a spreadsheet. Every role may ask, so that whoever does not organise the offering
 * gets 404, as if it were not there; only the anonymous get 401.
 */
@Path("offerings/{id}/participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT, Role.Names.PROVIDER_EDITOR,
        Role.Names.REGIONAL_COORDINATOR, Role.Names.ADMINISTRATOR})
@Tag(name = "Deltakere", description = "Deltakerlister, oppmøte og påmelding av kolleger")
public class ParticipantsResource {

    @Inject
    Roster roster;

    @Inject
    Offerings offerings;

    @Inject
    RequestPerson requestPerson;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Deltakerlisten for arrangørene",
            description = "Bekreftede deltakere etter påmeldingstidspunkt, deretter ventelisten i rekkefølge "
                    + "(position), med kommune, tjeneste og oppmøte per økt. Med all=true også de avmeldte. "
                    + "For redaktører hos en vert og administratorer.")
    @APIResponse(responseCode = "200", description = "Deltakerne")
    @APIResponse(responseCode = "401", description = "Ikke innlogget")
    @APIResponse(responseCode = "404", description = "Fant ikke tilbudet, eller du arrangerer det ikke")
    public List<Participant> list(@PathParam("id") String offeringId,
                                  @Parameter(description = "Ta med avmeldte") @QueryParam("all") boolean all) {
        return roster.participants(organised(offeringId), all);
    }

    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "Deltakerlisten som CSV for Excel (Accept: text/csv)",
            description = "UTF-8 med BOM, semikolon mellom feltene, norske overskrifter, én oppmøtekolonne per økt.")
    @APIResponse(responseCode = "200", description = "CSV-filen som vedlegg")
    @APIResponse(responseCode = "401", description = "Ikke innlogget")
    @APIResponse(responseCode = "404", description = "Fant ikke tilbudet, eller du arrangerer det ikke")
    public Response csv(@PathParam("id") String offeringId,
                        @Parameter(description = "Ta med avmeldte") @QueryParam("all") boolean all) {
        return csv(roster, organised(offeringId), all);
    }

    static Response csv(Roster roster, Offering offering, boolean all) {
        List<Instant> starts = offering.sessions().stream().map(Session::startsAt).sorted(Comparator.naturalOrder())
                .toList();
        byte[] file = ParticipantsCsv.write(starts, roster.participants(offering, all));
        return Response.ok(file, ExcelCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\""
                        + ParticipantsCsv.filename(offering.title()) + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private Offering organised(String offeringId) {
        return Access.organised(offerings, Callers.of(requestPerson, security), offeringId);
    }
}
