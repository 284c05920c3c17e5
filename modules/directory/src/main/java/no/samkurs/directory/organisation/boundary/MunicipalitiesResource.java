package no.samkurs.directory.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.samkurs.directory.organisation.control.NearestCentres;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.directory.region.entity.County;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("municipalities")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Katalog over Norge")
public class MunicipalitiesResource {

    @Inject
    Regions regions;

    @Inject
    Organisations organisations;

    @GET
    @Operation(summary = "Kommuner, filtrert på fylke og/eller tekst i navn, offisielt navn, administrasjonssenter eller nummer")
    public List<MunicipalityView> find(
            @Parameter(description = "Fylkesnummer, to sifre (f.eks. 56 for Finnmark)")
            @QueryParam("county") @Pattern(regexp = "\\d{2}", message = "Fylkesnummer er to sifre, for eksempel 56.")
            String county,
            @Parameter(description = "Tekst som skal finnes i navnet")
            @QueryParam("q") @Size(max = 100, message = "Søketeksten kan være høyst 100 tegn.") String text) {
        if (county != null && regions.county(county).isEmpty()) {
            throw RuleViolation.notAllowed("county", county, regions.counties().stream().map(County::number).toList());
        }
        return regions.municipalities(county, text).stream().map(m -> MunicipalityView.of(m, null)).toList();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "Én kommune, med avstanden til nærmeste KoRUS, RVTS og RKBU/RBUP")
    public MunicipalityView one(
            @PathParam("number") @Pattern(regexp = "\\d{4}", message = "Kommunenummer er fire sifre, for eksempel 5601.")
            String number) {
        Municipality municipality = regions.municipality(number)
                .orElseThrow(() -> RuleViolation.notFound("Fant ingen kommune med nummer " + number + "."));
        return MunicipalityView.of(municipality,
                NearestCentres.from(municipality.location(), organisations.centres()));
    }
}
