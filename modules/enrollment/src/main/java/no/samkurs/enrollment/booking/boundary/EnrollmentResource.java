package no.samkurs.enrollment.booking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** One enrollment: seen by the person, the organisers and the municipality's contacts; cancelled by them. */
@Path("enrollments/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Påmelding")
public class EnrollmentResource {

    @Inject
    Enrollments enrollments;

    @Inject
    Offerings offerings;

    @Inject
    RequestPerson requestPerson;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT, Role.Names.PROVIDER_EDITOR,
            Role.Names.ADMINISTRATOR})
    @Operation(summary = "Én påmelding: din egen, eller en i et tilbud du arrangerer")
    @APIResponse(responseCode = "200", description = "Påmeldingen")
    @APIResponse(responseCode = "404", description = "Fant ikke påmeldingen")
    public EnrollmentView get(@PathParam("id") String id) {
        Enrollment enrollment = enrollments.byId(id).orElseThrow(() -> new Refused(Refusal.UNKNOWN_ENROLLMENT));
        Offering offering = offerings.require(enrollment.offeringId());
        if (!caller().maySee(enrollment, offering)) {
            throw new Refused(Refusal.UNKNOWN_ENROLLMENT);
        }
        return EnrollmentView.of(enrollment, enrollments.placeInLine(enrollment));
    }

    @DELETE
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT, Role.Names.PROVIDER_EDITOR,
            Role.Names.ADMINISTRATOR})
    @Operation(summary = "Meld av",
            description = "Deltakeren selv før avmeldingsfristen; en redaktør hos en vert (eller en administrator) "
                    + "når som helst, med begrunnelse (reason). Første på ventelisten får plassen straks.")
    @APIResponse(responseCode = "200", description = "Den avmeldte påmeldingen")
    @APIResponse(responseCode = "404", description = "Fant ikke påmeldingen")
    @APIResponse(responseCode = "409", description = "Fristen er ute, eller allerede avmeldt")
    @APIResponse(responseCode = "422", description = "Arrangøren må oppgi en begrunnelse")
    public EnrollmentView cancel(@PathParam("id") String id, @QueryParam("reason") String reason) {
        Caller caller = caller();
        String offeringId = enrollments.offeringOf(id).orElseThrow(() -> new Refused(Refusal.UNKNOWN_ENROLLMENT));
        Enrollment enrollment = enrollments.byId(id).orElseThrow(() -> new Refused(Refusal.UNKNOWN_ENROLLMENT));
        Offering offering = offerings.require(offeringId);
        if (!caller.mayCancel(enrollment, offering)) {
            throw new Refused(Refusal.UNKNOWN_ENROLLMENT);
        }
        Enrollment cancelled = enrollments.cancel(offeringId, id,
                new Enrollments.Canceller(caller.personId(), caller.cancelsAsOrganiser(enrollment, offering)),
                EnrollmentInput.reason(reason));
        return EnrollmentView.of(cancelled, null);
    }

    private Caller caller() {
        return Callers.of(requestPerson, security);
    }
}
