package no.samkurs.catalog.offering.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.platform.problem.CallerLanguage;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** One organisation's offerings, led, co-hosted or invited to co-host; drafts as {@link Visibility} allows. */
@Path("organisations/{id}/offerings")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tilbud")
public class OrganisationOfferingsResource {

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
    public List<OfferingView> list(@PathParam("id") String id) {
        if (organisations.byId(id).isEmpty()) {
            throw RuleViolation.notFound("Fant ingen organisasjon med id «" + id + "».");
        }
        Reader reader = readers.of(security.getUserPrincipal());
        Locale language = CallerLanguage.of(headers.getAcceptableLanguages());
        return offerings.ofOrganisation(id).stream().filter(o -> o.involves(id))
                .filter(o -> Visibility.canRead(reader, o)).map(o -> OfferingView.of(o, reader, language)).toList();
    }
}
