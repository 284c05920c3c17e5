package no.samkurs.enrollment.booking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Arrivals;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Enrolling in an offering: the request waits in its offering's lane and is answered when its batch committed. */
@Path("offerings/{id}/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Påmelding")
public class EnrollResource {

    @Inject
    Arrivals arrivals;

    @Inject
    RequestPerson requestPerson;

    @Context
    SecurityContext security;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT})
    @Operation(summary = "Meld deg på et tilbud",
            description = "Body (valgfri): {\"service\": \"school\"} – tjenesten du jobber i (målgruppenes koder). "
                    + "Svarer 201 med status confirmed eller waitlisted (med position); samme forespørsel igjen "
                    + "(samme person og tilbud, eller samme Idempotency-Key) gir 200 med påmeldingen som finnes.")
    @APIResponse(responseCode = "201", description = "Påmeldt: bekreftet, eller på venteliste med plass")
    @APIResponse(responseCode = "200", description = "Du var allerede påmeldt; påmeldingen som finnes")
    @APIResponse(responseCode = "409", description = "Påmeldingen er ikke åpen, eller kommunens plasser er brukt")
    @APIResponse(responseCode = "422", description = "Ukjent tjeneste eller gjenbrukt Idempotency-Key")
    @APIResponse(responseCode = "503", description = "Mye trafikk; prøv igjen (Retry-After), ingenting er lagret")
    public Response enroll(@PathParam("id") String offeringId,
                           @Parameter(description = "Valgfri nøkkel som gjør at en gjentatt forespørsel gir samme svar")
                           @HeaderParam("Idempotency-Key") String idempotencyKey, String body) {
        Caller caller = caller();
        if (!caller.mayEnroll()) {
            throw new Refused(caller.municipality() == null ? Refusal.NO_MUNICIPALITY : Refusal.NOT_FOR_ROLE);
        }
        String key = EnrollmentInput.key(idempotencyKey);
        String service = EnrollmentInput.service(body);
        // Everything about the offering (is it there, open, with seats; fair share) is decided by the desk. The
        // request thread waits for its batch: cheaper here than the servlet's asynchronous completion (measured).
        Placement placement = arrivals.enrollAndWait(new Arrivals.Request(offeringId, caller.personId(),
                caller.municipality(), service, key, caller.personId()));
        if (placement.isRefused()) {
            throw placement.refused();
        }
        EnrollmentView view = EnrollmentView.of(placement);
        return placement.created()
                ? Response.created(URI.create("/api/enrollments/" + placement.enrollmentId())).entity(view).build()
                : Response.ok(view).build();
    }

    private Caller caller() {
        return Callers.of(requestPerson, security);
    }
}
