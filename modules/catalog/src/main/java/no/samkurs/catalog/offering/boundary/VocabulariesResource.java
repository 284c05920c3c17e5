package no.samkurs.catalog.offering.boundary;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.LinkKind;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/** The catalog's fixed vocabularies with their labels in bokmål, nynorsk and English. */
@Path("vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tilbud")
public class VocabulariesResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final JsonObject ALL = JSON.createObjectBuilder()
            .add("topic", terms(Topic.values()))
            .add("targetGroup", terms(TargetGroup.values()))
            .add("kind", terms(Kind.values()))
            .add("delivery", terms(Delivery.values()))
            .add("status", terms(Status.values()))
            .add("linkKind", terms(LinkKind.values()))
            .build();

    @GET
    @Operation(summary = "Temaer, målgrupper, typer, gjennomføring og status med etiketter på bokmål, nynorsk og engelsk")
    public JsonObject all() {
        return ALL;
    }

    private static JsonArrayBuilder terms(Term[] terms) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Term term : terms) {
            array.add(JSON.createObjectBuilder().add("code", term.code())
                    .add("nb", term.label(Locale.forLanguageTag("nb")))
                    .add("nn", term.label(Locale.forLanguageTag("nn")))
                    .add("en", term.label(Locale.ENGLISH)));
        }
        return array;
    }
}
