package no.samkurs.catalog.offering.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.platform.problem.CallerLanguage;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One organisation's offerings, led and co-hosted; its own editors also see drafts and invitations. */
@Path("organisations/{id}/offerings")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tilbud")
public class OrganisationOfferingsResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    Offerings offerings;

    @Inject
    Organisations organisations;

    @Inject
    Readers readers;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Tilbudene en organisasjon leder eller er medarrangør for")
    public JsonArray list(@PathParam("id") String id) {
        if (organisations.byId(id).isEmpty()) {
            throw RuleViolation.notFound("Fant ingen organisasjon med id «" + id + "».");
        }
        Reader reader = readers.of(security.getUserPrincipal());
        JsonArrayBuilder list = JSON.createArrayBuilder();
        offerings.ofOrganisation(id).stream().filter(o -> o.involves(id)).filter(reader::canRead)
                .forEach(o -> list.add(OfferingJson.of(o, reader, CallerLanguage.of(headers.getAcceptableLanguages()))));
        return list.build();
    }
}
