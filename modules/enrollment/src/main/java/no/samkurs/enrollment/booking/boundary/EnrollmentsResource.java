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
import java.util.concurrent.CompletionException;

/**
 * Enrolling and cancelling. An enrollment request waits in its offering's lane and is answered when its batch has
 * committed, without holding a request thread meanwhile.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Påmelding")
public class EnrollmentsResource {

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

    @Context
    UriInfo uri;

    Clock clock = Clock.systemUTC();

    @POST
    @Path("offerings/{id}/enrollments")
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
        arrivals.enroll(new Arrivals.Request(offering.id(), caller.personId(), caller.municipality(), service, eligible,
                key, caller.personId())).whenComplete((placement, failure) -> response.resume(
                failure != null ? unwrap(failure) : answer(placement)));
    }

    private Response answer(Placement placement) {
        if (placement.isRefused()) {
            return RefusedMapper.problem(placement.refused(), language()).toResponse(language());
        }
        EnrollmentView view = EnrollmentView.of(placement);
        if (placement.created()) {
            return Response.created(URI.create("/api/enrollments/" + placement.enrollmentId())).entity(view).build();
        }
        return Response.ok(view).build();
    }

    private Object unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof Refused refused) {
            return RefusedMapper.problem(refused, language()).toResponse(language());
        }
        if (cause instanceof java.util.concurrent.TimeoutException) {
            return RefusedMapper.problem(new Refused(Refusal.BUSY), language()).toResponse(language());
        }
        return cause;
    }

    @GET
    @Path("enrollments/{id}")
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
        return EnrollmentView.of(enrollment, positionOf(enrollment));
    }

    @DELETE
    @Path("enrollments/{id}")
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

    @GET
    @Path("me/enrollments")
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT})
    @Operation(summary = "Dine påmeldinger, nyeste først, med status og plass på ventelisten")
    public List<MyEnrollment> mine() {
        return enrollments.of(caller().personId()).stream().map(e -> {
            Offering offering = offerings.byId(e.offeringId()).orElseThrow();
            return MyEnrollment.of(e, positionOf(e), offering, enrollments.cancelDeadline(offering).orElse(null),
                    clock.instant());
        }).toList();
    }

    private Integer positionOf(Enrollment e) {
        int position = enrollments.position(e);
        return position == 0 ? null : position;
    }

    private Caller caller() {
        return accounts.byEmail(security.getUserPrincipal().getName()).filter(Person::isActive).map(Caller::of)
                .orElseThrow(() -> new NotAuthorizedException(RoleCheck.CHALLENGE));
    }

    private java.util.Locale language() {
        return CallerLanguage.of(headers.getAcceptableLanguages());
    }
}
