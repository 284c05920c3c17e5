package no.samkurs.directory.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.samkurs.directory.people.control.PeopleImport;
import no.samkurs.directory.people.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code POST /api/people/import}: people in bulk, without local passwords. Deliberately not transactional: each
 * row gets its own transaction in {@link PeopleImport}.
 */
@Path("people/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personer", description = "Brukere og roller")
public class PeopleImportResource {

    static final String CSV = "text/csv";

    @Inject
    PeopleImport imports;

    @POST
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opprett personer i bulk uten passord (administrator); ett resultat per rad")
    @APIResponse(responseCode = "200", description = "Per rad: created, exists eller invalid med feltene som feiler")
    @APIResponse(responseCode = "400", description = "Ingen rader, over 5000 rader, eller en CSV uten overskrifter")
    public List<PeopleImport.Result> fromJson(List<PeopleImport.Row> rows) {
        return imports.run(rows);
    }

    @POST
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Consumes(CSV)
    @Operation(summary = "Som over, fra CSV: email;name;roles;municipality;organisation, roller skilt med |")
    public List<PeopleImport.Result> fromCsv(String csv) {
        return imports.run(PeopleCsv.read(csv));
    }
}
