package no.samkurs.enrollment.roster.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.boundary.Callers;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.enrollment.roster.control.BulkEnrollments;
import no.samkurs.enrollment.roster.control.BulkRows;
import no.samkurs.platform.problem.CallerLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * A municipal contact enrolls colleagues in an offering from a list; one result per row. Deliberately not
 * transactional: the desk commits its batches itself.
 */
@Path("offerings/{id}/enrollments/bulk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.MUNICIPAL_CONTACT, Role.Names.ADMINISTRATOR})
@Tag(name = "Deltakere")
public class BulkEnrollmentsResource {

    static final String CSV = "text/csv";

    @Inject
    BulkEnrollments bulk;

    @Inject
    Offerings offerings;

    @Inject
    RequestPerson requestPerson;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Meld på kolleger i bulk (kommunekontakt); ett resultat per rad",
            description = "Body: [{\"email\": \"…\", \"service\": \"school\"}, …], høyst 1000 rader. Hver person må "
                    + "finnes, være aktiv, høre til kommunen din og ha rollen deltaker eller kommunekontakt. Per rad: "
                    + "confirmed eller waitlisted (ny påmelding, med position), exists (var allerede påmeldt), "
                    + "invalid (errors) eller refused (reason og message). Samme opplasting igjen lager ingenting nytt.")
    @APIResponse(responseCode = "200", description = "Ett resultat per rad, i samme rekkefølge")
    @APIResponse(responseCode = "400", description = "Ingen rader, over 1000 rader, eller en CSV uten overskrifter")
    @APIResponse(responseCode = "401", description = "Ikke innlogget")
    @APIResponse(responseCode = "403", description = "Bare kommunekontakter og administratorer")
    @APIResponse(responseCode = "404", description = "Fant ikke tilbudet")
    public List<BulkEnrollments.Result> fromJson(@PathParam("id") String offeringId, List<BulkRows.Row> rows) {
        return run(offeringId, rows);
    }

    @POST
    @Consumes(CSV)
    @Operation(summary = "Som over, fra CSV: overskriftene email;service (eller e-post;tjeneste), ; eller ,")
    @APIResponse(responseCode = "200", description = "Ett resultat per rad; rad 1 er første rad etter overskriftene")
    @APIResponse(responseCode = "400", description = "Ingen rader, over 1000 rader, eller en CSV uten overskrifter")
    @APIResponse(responseCode = "401", description = "Ikke innlogget")
    @APIResponse(responseCode = "403", description = "Bare kommunekontakter og administratorer")
    @APIResponse(responseCode = "404", description = "Fant ikke tilbudet")
    public List<BulkEnrollments.Result> fromCsv(@PathParam("id") String offeringId, String csv) {
        return run(offeringId, BulkCsv.read(csv));
    }

    private List<BulkEnrollments.Result> run(String offeringId, List<BulkRows.Row> rows) {
        Caller caller = Callers.of(requestPerson, security);
        if (!caller.has(Role.MUNICIPAL_CONTACT) && !caller.administrator()) {
            throw new Refused(Refusal.NOT_FOR_ROLE);
        }
        Offering offering = offerings.byId(offeringId).orElseThrow(() -> new Refused(Refusal.UNKNOWN_OFFERING));
        return bulk.run(caller, offering, rows, CallerLanguage.of(headers.getAcceptableLanguages()));
    }
}
