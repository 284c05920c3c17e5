package no.samkurs.enrollment.booking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Arrivals;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.control.FairShare;
import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.platform.problem.CallerLanguage;
import no.samkurs.platform.security.RoleCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * Enrolling in an offering. The request waits in its offering's lane and is answered when its batch has committed,
 * without holding a request thread meanwhile.
 */
@Path("offerings/{id}/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Påmelding")
public class EnrollResource {

    @Inject
    Arrivals arrivals;

    @Inject
    Enrollments enrollments;

    @Inject
    Offerings offerings;

    @Inject
    FairShare fairShare;

    @Inject
    Accounts accounts;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    Clock clock = Clock.systemUTC();

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
    public void enroll(@PathParam("id") String offeringId,
                       @Parameter(description = "Valgfri nøkkel som gjør at en gjentatt forespørsel gir samme svar")
                       @HeaderParam("Idempotency-Key") String idempotencyKey,
                       String body, @Suspended AsyncResponse response) {
        Caller caller = caller();
        if (!caller.mayEnroll()) {
            throw new Refused(caller.municipality() == null ? Refusal.NO_MUNICIPALITY : Refusal.NOT_FOR_ROLE);
        }
        String key = EnrollmentInput.key(idempotencyKey);
        String service = EnrollmentInput.service(body);
        Offering offering = offerings.byId(offeringId).orElseThrow(() -> new Refused(Refusal.UNKNOWN_OFFERING));
        boolean eligible = fairShare.eligible(offering, enrollments.policy(offeringId).orElse(null),
                caller.municipality(), clock.instant());
        // The answer is written on the lane's thread, where the request's scope is gone: take the language now.
        Locale language = CallerLanguage.of(headers.getAcceptableLanguages());
        arrivals.enroll(new Arrivals.Request(offering.id(), caller.personId(), caller.municipality(), service, eligible,
                key, caller.personId())).whenComplete((placement, failure) -> {
                    try {
                        response.resume(failure != null ? unwrap(failure, language) : answer(placement, language));
                    } catch (RuntimeException e) {
                        response.resume(e);
                    }
                });
    }

    private static Response answer(Placement placement, Locale language) {
        if (placement.isRefused()) {
            return RefusedMapper.problem(placement.refused(), language).toResponse(language);
        }
        EnrollmentView view = EnrollmentView.of(placement);
        if (placement.created()) {
            return Response.created(URI.create("/api/enrollments/" + placement.enrollmentId())).entity(view).build();
        }
        return Response.ok(view).build();
    }

    private static Object unwrap(Throwable failure, Locale language) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof Refused refused) {
            return RefusedMapper.problem(refused, language).toResponse(language);
        }
        if (cause instanceof TimeoutException) {
            return RefusedMapper.problem(new Refused(Refusal.BUSY), language).toResponse(language);
        }
        return cause;
    }

    private Caller caller() {
        return Callers.of(accounts, security);
    }
}
