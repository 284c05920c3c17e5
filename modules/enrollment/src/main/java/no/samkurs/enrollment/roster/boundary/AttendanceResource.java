package no.samkurs.enrollment.roster.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.boundary.Callers;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.roster.control.Attendances;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Who came to a session, recorded and read by the offering's organisers. */
@Path("offerings/{id}/sessions/{sessionId}/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT, Role.Names.PROVIDER_EDITOR,
        Role.Names.REGIONAL_COORDINATOR, Role.Names.ADMINISTRATOR})
@Tag(name = "Deltakere")
public class AttendanceResource {

    @Inject
    Attendances attendances;

    @Inject
    Offerings offerings;

    @Inject
    RequestPerson requestPerson;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Oppmøtet på en økt",
            description = "De bekreftede deltakerne (og alle som er registrert på økten) etter påmeldingstidspunkt; "
                    + "attended mangler når oppmøtet ikke er registrert.")
    @APIResponse(responseCode = "200", description = "Oppmøtet")
    @APIResponse(responseCode = "401", description = "Ikke innlogget")
    @APIResponse(responseCode = "404", description = "Fant ikke tilbudet eller økten, eller du arrangerer det ikke")
    public List<Attendances.Recorded> get(@PathParam("id") String offeringId,
                                          @PathParam("sessionId") String sessionId) {
        Caller caller = Callers.of(requestPerson, security);
        return attendances.of(Access.organised(offerings, caller, offeringId), sessionId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registrer oppmøte på en økt",
            description = "Body: [{\"enrollmentId\": \"…\", \"attended\": true}, …]. Bare for bekreftede deltakere "
                    + "og først når økten har startet. Alt eller ingenting: er én markering feil, lagres ingen. "
                    + "En ny registrering for samme deltaker og økt erstatter den forrige. Svarer med oppmøtet.")
    @APIResponse(responseCode = "200", description = "Oppmøtet etter registreringen")
    @APIResponse(responseCode = "400", description = "Tom liste, manglende felt, eller samme påmelding flere ganger")
    @APIResponse(responseCode = "401", description = "Ikke innlogget")
    @APIResponse(responseCode = "404", description = "Fant ikke tilbudet, økten eller en av påmeldingene")
    @APIResponse(responseCode = "409", description = "Økten har ikke startet, eller en deltaker er ikke bekreftet")
    public List<Attendances.Recorded> record(@PathParam("id") String offeringId,
                                             @PathParam("sessionId") String sessionId,
                                             List<Attendances.Mark> marks) {
        Caller caller = Callers.of(requestPerson, security);
        Offering offering = Access.organised(offerings, caller, offeringId);
        return attendances.record(offering, sessionId, marks, caller.personId());
    }
}
