package no.samkurs.enrollment.booking.boundary;

import jakarta.annotation.security.PermitAll;
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
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An offering's enrollment rules: read by whoever may read the offering (the rule is public, so that people see
 * why seats are held), changed by the editors of its hosts.
 */
@Path("offerings/{id}/enrollment-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Påmelding")
public class PolicyResource {

    @Inject
    Enrollments enrollments;

    @Inject
    Offerings offerings;

    @Inject
    Readers readers;

    @Inject
    RequestPerson requestPerson;

    @Context
    SecurityContext security;

    @GET
    @PermitAll
    @Operation(summary = "Påmeldingsreglene for et tilbud, og hvor mange holdte plasser som er brukt")
    @APIResponse(responseCode = "200", description = "Reglene (uten egne regler: bare tilbudets kapasitet og frist)")
    @APIResponse(responseCode = "404", description = "Fant ikke tilbudet")
    public PolicyView get(@PathParam("id") String id) {
        Offering offering = Visibility.requireRead(readers.of(security.getUserPrincipal()), offerings.require(id));
        return PolicyView.of(offering.id(), enrollments.policy(id).orElse(null), enrollments.reservedTaken(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_EDITOR, Role.Names.ADMINISTRATOR})
    @Operation(summary = "Endre påmeldingsreglene (redaktører hos vertene)",
            description = "Avmeldingsfrist, plasser per kommune, og rettferdig fordeling: reservedSeats holdes til "
                    + "reservedUntil for kommuner lenger unna enn farKm fra nærmeste senter i hovedarrangørens "
                    + "familie og/eller (unreached) kommuner som ikke er nådd i år. Frigjorte plasser går straks "
                    + "til ventelisten.")
    @APIResponse(responseCode = "200", description = "Reglene slik de nå er")
    @APIResponse(responseCode = "400", description = "Ugyldige regler, med feltet")
    @APIResponse(responseCode = "409", description = "Endret av noen andre siden du hentet reglene (version)")
    public PolicyView put(@PathParam("id") String id, PolicyInput input) {
        if (input == null) {
            throw RuleViolation.invalid("body", "Send reglene som JSON.");
        }
        Offering offering = Visibility.requireRead(readers.of(security.getUserPrincipal()), offerings.require(id));
        boolean host = Callers.of(requestPerson, security).organises(offering);
        enrollments.setPolicy(id, input.version(), input.details(), host);
        return PolicyView.of(id, enrollments.policy(id).orElse(null), enrollments.reservedTaken(id));
    }
}
