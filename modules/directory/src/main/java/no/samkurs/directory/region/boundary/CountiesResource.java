package no.samkurs.directory.region.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.samkurs.directory.region.control.Regions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("counties")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Katalog over Norge", description = "Fylker, kommuner og organisasjoner")
public class CountiesResource {

    @Inject
    Regions regions;

    @GET
    @Operation(summary = "Alle 15 fylker, med statsforvalterembetet hvert fylke hører til")
    public List<CountyView> all() {
        return regions.counties().stream().map(CountyView::of).toList();
    }
}
