package no.samkurs.catalog.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.search.control.Indexing;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;
import no.samkurs.platform.problem.CallerLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;


/**
 * The one search over every provider's offerings, and the same search as an open schema.org feed. Application
 * scoped, with the query in method parameters: a request-scoped resource or a bean parameter, with injected
 * fields, costs more to build on every request than the search itself.
 */
@Path("offerings")
@ApplicationScoped
@Tag(name = "Søk", description = "Søk i alle tilbud, med fasetter, og en åpen schema.org-strøm")
public class OfferingSearchResource {

    @Inject
    Indexing index;

    @Inject
    Readers readers;

    @Inject
    Offerings offerings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Søk i tilbud: treff, totalt antall og fasetter (antall per verdi gitt de andre filtrene)",
            description = "q: fritekst (alle ord må treffe, i hvilken som helst rekkefølge, også som begynnelsen av et ord). "
                    + "topic, targetGroup, county, kind, delivery, provider: filtre, gjentas eller kommaseparert. "
                    + "from/to: har en økt i perioden (ÅÅÅÅ-MM-DD). open: påmelding åpen nå. hasSeats: ledige plasser. "
                    + "status: published og cancelled som standard. sort: date eller relevance. page, size (høyst 100).")
    public String search(@QueryParam("q") String q, @QueryParam("topic") List<String> topic,
                         @QueryParam("targetGroup") List<String> targetGroup, @QueryParam("county") List<String> county,
                         @QueryParam("kind") List<String> kind, @QueryParam("delivery") List<String> delivery,
                         @QueryParam("provider") List<String> provider, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("open") boolean open,
                         @QueryParam("hasSeats") boolean hasSeats, @QueryParam("status") List<String> status,
                         @QueryParam("sort") String sort, @QueryParam("page") @DefaultValue("1") int page,
                         @QueryParam("size") @DefaultValue("20") int size,
                         @Context SecurityContext security, @Context HttpHeaders headers) {
        SearchParameters query = new SearchParameters(q, topic, targetGroup, county, kind, delivery, provider, from, to,
                open, hasSeats, status, sort, page);
        SearchRequest request = query.request(size);
        SearchResult result = index.search(request, reader(security));
        return SearchJson.of(request, result, CallerLanguage.of(headers.getAcceptableLanguages()),
                index::countyName, index::providerName);
    }

    @GET
    @Path("feed")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @Transactional
    @Operation(summary = "Åpen strøm av publiserte tilbud som schema.org Course/Event (JSON-LD), filtrert som søket")
    public Feed feed(@QueryParam("q") String q, @QueryParam("topic") List<String> topic,
                     @QueryParam("targetGroup") List<String> targetGroup, @QueryParam("county") List<String> county,
                     @QueryParam("kind") List<String> kind, @QueryParam("delivery") List<String> delivery,
                     @QueryParam("provider") List<String> provider, @QueryParam("from") String from,
                     @QueryParam("to") String to, @QueryParam("open") boolean open,
                     @QueryParam("hasSeats") boolean hasSeats, @QueryParam("sort") String sort,
                     @QueryParam("page") @DefaultValue("1") int page,
                     @QueryParam("size") @DefaultValue("100") int size, @Context UriInfo uri) {
        SearchParameters query = new SearchParameters(q, topic, targetGroup, county, kind, delivery, provider, from, to,
                open, hasSeats, null, sort, page);
        SearchResult result = index.search(query.request(size), Reader.ANONYMOUS);
        return Feed.of(result, offerings::byId, uri.getBaseUri());
    }

    private Reader reader(SecurityContext security) {
        return security.getUserPrincipal() == null ? Reader.ANONYMOUS : readers.of(security.getUserPrincipal());
    }
}
