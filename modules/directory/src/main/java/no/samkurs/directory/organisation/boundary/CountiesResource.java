package no.samkurs.directory.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.region.control.Regions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Path("counties")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Katalog over Norge", description = "Fylker, kommuner og organisasjoner")
public class CountiesResource {

    @Inject
    Regions regions;

    @Inject
    Organisations organisations;

    @GET
    @Operation(summary = "Alle 15 fylker, med statsforvalterembetet hvert fylke hører til")
    public List<CountyView> all() {
        Map<String, Organisation> offices = organisations.find(OrganisationType.STATSFORVALTER, null).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return regions.counties().stream().map(c -> CountyView.of(c, offices.get(c.statsforvalterId()))).toList();
    }
}
