package no.samkurs.enrollment.roster.boundary;

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
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.enrollment.booking.boundary.Callers;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.roster.control.MunicipalEnrollment;
import no.samkurs.enrollment.roster.control.Roster;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A municipality's enrollments, for its municipal contacts and administrators. */
@Path("municipalities/{number}/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT, Role.Names.PROVIDER_EDITOR,
        Role.Names.REGIONAL_COORDINATOR, Role.Names.ADMINISTRATOR})
@Tag(name = "Deltakere")
public class MunicipalEnrollmentsResource {

    @Inject
    Roster roster;

    @Inject
    Regions regions;

    @Inject
    RequestPerson requestPerson;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Kommunens påmeldinger, nyeste først",
            description = "Påmeldingene til de som jobber i kommunen (slik de meldte seg på): person, tilbud, "
                    + "status, plass på venteliste og tjeneste. Med all=true også de avmeldte. For kommunens "
                    + "kommunekontakter og administratorer.")
    @APIResponse(responseCode = "200", description = "Påmeldingene")
    @APIResponse(responseCode = "401", description = "Ikke innlogget")
    @APIResponse(responseCode = "404", description = "Fant ikke kommunen, eller du er ikke kontakt for den")
    public List<MunicipalEnrollment> list(@PathParam("number") String number,
                                          @Parameter(description = "Ta med avmeldte") @QueryParam("all") boolean all) {
        Caller caller = Callers.of(requestPerson, security);
        if (!caller.maySeeMunicipality(number) || regions.municipality(number).isEmpty()) {
            throw RuleViolation.notFound("Fant ikke kommunen.");
        }
        return roster.ofMunicipality(number, all);
    }
}
