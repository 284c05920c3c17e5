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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.roster.control.Roster;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The participant list's spreadsheet at an address of its own, for a plain download link. */
@Path("offerings/{id}/participants.csv")
@RequestScoped
@Produces("text/csv")
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT, Role.Names.PROVIDER_EDITOR,
        Role.Names.REGIONAL_COORDINATOR, Role.Names.ADMINISTRATOR})
@Tag(name = "Deltakere")
public class ParticipantsCsvResource {

    @Inject
    Roster roster;

    @Inject
    Offerings offerings;

    @Inject
    RequestPerson requestPerson;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Deltakerlisten som CSV for Excel",
            description = "UTF-8 med BOM, semikolon mellom feltene, norske overskrifter, én oppmøtekolonne per økt.")
    @APIResponse(responseCode = "200", description = "CSV-filen som vedlegg")
    @APIResponse(responseCode = "401", description = "Ikke innlogget")
    @APIResponse(responseCode = "404", description = "Fant ikke tilbudet, eller du arrangerer det ikke")
    public Response csv(@PathParam("id") String offeringId,
                        @Parameter(description = "Ta med avmeldte") @QueryParam("all") boolean all) {
        return ParticipantsResource.csv(roster,
                Access.organised(offerings, Callers.of(requestPerson, security), offeringId), all);
    }
}
