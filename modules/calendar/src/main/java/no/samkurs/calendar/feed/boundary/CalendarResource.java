package no.samkurs.calendar.feed.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.calendar.feed.control.CalendarQuery;
import no.samkurs.calendar.feed.control.Calendars;
import no.samkurs.platform.security.Forwarded;
import no.samkurs.calendar.personal.control.FeedAddress;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calendar for the views: the occurrences (series expanded) of a county, a statsforvalter's region, a provider
 * or the whole country in a window of at most {@value Calendars#MAX_DAYS} days, with the feed's addresses.
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kalender", description = "Felles regional kalender, kalenderabonnement og overlapp")
public class CalendarResource {

    @Inject
    Calendars calendars;

    @Inject
    Readers readers;

    @Inject
    Addresses addresses;

    @Inject
    Forwarded tls;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    private static void name(Map<CalendarQuery.Scope, String> named, CalendarQuery.Scope scope, String id) {
        if (id != null && !id.isBlank()) {
            named.put(scope, id.strip());
        }
    }

    /** The feed's web and webcal forms; its filters go into both. */
    private FeedAddress address(String path) {
        int query = path.indexOf('?');
        String filters = query < 0 ? "" : path.substring(query);
        FeedAddress bare = FeedAddress.of(URI.create(addresses.root(request) + "/"), tls.overTls(request),
                query < 0 ? path : path.substring(0, query));
        return new FeedAddress(bare.https() + filters, bare.webcal() + filters);
    }

    @GET
    @Operation(summary = "Møtene i et tidsrom (høyst 92 dager) for et fylke, en statsforvalters region, en tilbyder "
            + "eller hele landet, med kalenderabonnementets adresser")
    public CalendarView calendar(@QueryParam("county") String county, @QueryParam("region") String region,
                                 @QueryParam("provider") String provider, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("topic") List<String> topic,
                                 @QueryParam("targetGroup") List<String> targetGroup,
                                 @QueryParam("kind") List<String> kind) {
        Map<CalendarQuery.Scope, String> named = new LinkedHashMap<>();
        name(named, CalendarQuery.Scope.COUNTY, county);
        name(named, CalendarQuery.Scope.REGION, region);
        name(named, CalendarQuery.Scope.PROVIDER, provider);
        if (named.size() > 1) {
            throw RuleViolation.invalid("county", "Velg høyst én av county, region og provider.");
        }
        CalendarQuery.Scope scope = named.keySet().stream().findFirst().orElse(CalendarQuery.Scope.ALL);
        String id = named.get(scope);
        CalendarQuery query = new CalendarParameters(from, to, topic, targetGroup, kind).query(scope, id);
        var occurrences = calendars.occurrences(query, readers.of(security.getUserPrincipal()));
        FeedAddress feed = Calendars.feedPath(query).map(path -> address(path)).orElse(null);
        return new CalendarView(calendars.name(scope, id), calendars.from(query).toString(),
                calendars.to(query).toString(), feed,
                occurrences.stream().map(CalendarView.OccurrenceView::of).toList());
    }
}
