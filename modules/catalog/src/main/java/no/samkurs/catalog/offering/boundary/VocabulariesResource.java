package no.samkurs.catalog.offering.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog's fixed vocabularies with their labels in bokmål, nynorsk and English. */
@Path("vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tilbud")
public class VocabulariesResource {

    @GET
    @Operation(summary = "Temaer, målgrupper, typer, gjennomføring og status med etiketter på bokmål, nynorsk og engelsk")
    public VocabularyView all() {
        return VocabularyView.ALL;
    }
}
