package no.samkurs.directory.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("organisations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Katalog over Norge")
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    @GET
    @Operation(summary = "Organisasjoner (kompetansesentre og statsforvalterembeter), filtrert på type og fylke")
    public List<OrganisationView> find(
            @Parameter(description = "korus, rvts, rkbu, statsforvalter eller annen")
            @QueryParam("type") String type,
            @Parameter(description = "Fylkesnummer organisasjonen dekker, to sifre")
            @QueryParam("county") @Pattern(regexp = "\\d{2}", message = "Fylkesnummer er to sifre, for eksempel 56.")
            String county) {
        OrganisationType kind = type == null ? null : OrganisationType.ofCode(type)
                .orElseThrow(() -> RuleViolation.notAllowed("type", type, OrganisationType.codes()));
        return organisations.find(kind, county).stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Én organisasjon")
    public OrganisationView one(@PathParam("id") String id) {
        return organisations.byId(id).map(OrganisationView::of)
                .orElseThrow(() -> RuleViolation.notFound("Fant ingen organisasjon med id «" + id + "»."));
    }
}
