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

/** The signed-in person's own enrollments. */
@Path("me/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Påmelding")
public class MyEnrollmentsResource {

    @Inject
    Enrollments enrollments;

    @Inject
    Offerings offerings;

    @Inject
    Accounts accounts;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    Clock clock = Clock.systemUTC();

    @GET
    @RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT})
    @Operation(summary = "Dine påmeldinger, nyeste først, med status og plass på ventelisten")
    public List<MyEnrollment> mine() {
        return enrollments.of(caller().personId()).stream().map(e -> {
            Offering offering = offerings.byId(e.offeringId()).orElseThrow();
            return MyEnrollment.of(e, enrollments.placeInLine(e), offering, enrollments.cancelDeadline(offering).orElse(null),
                    clock.instant());
        }).toList();
    }


    private Caller caller() {
        return Callers.of(accounts, security);
    }
}
