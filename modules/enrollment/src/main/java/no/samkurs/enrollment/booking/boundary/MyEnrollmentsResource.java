package no.samkurs.enrollment.booking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.control.Enrollments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;

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
    RequestPerson requestPerson;

    @Context
    SecurityContext security;

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
        return Callers.of(requestPerson, security);
    }
}
