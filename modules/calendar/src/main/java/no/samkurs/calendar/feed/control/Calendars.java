package no.samkurs.calendar.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.feed.entity.EventContent;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.platform.problem.RuleViolation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The calendar's queries: occurrences in a window for the views, and the feeds' names. What they show is what
 * catalog's Visibility lets anyone read (never drafts, also not for their insiders): the events exist for those
 * offerings only.
 */
@ApplicationScoped
@Transactional
public class Calendars {

    public static final int MAX_DAYS = 92;
    /** A view's window when the query names no end: a month. */
    public static final int DEFAULT_DAYS = 31;
    public static final ZoneId ZONE = Session.ZONE;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    Clock clock = Clock.systemUTC();

    /**
     * The occurrences in the query's window that the reader may read, series expanded, in start order; an unknown
     * county, region or provider is a 404 problem, a window wider than {@link #MAX_DAYS} a 400.
     */
    public List<Occurrence> occurrences(CalendarQuery query, Reader reader) {
        Scopes.Place place = scopes.resolve(query.scope(), query.scopeId());
        LocalDate from = from(query);
        LocalDate to = to(query);
        Instant start = from.atStartOfDay(ZONE).toInstant();
        Instant end = to.atStartOfDay(ZONE).toInstant();
        EventQuery events = new EventQuery().window(start, end, start).topics(query.topics())
                .targetGroups(query.targetGroups()).kinds(query.kinds());
        switch (query.scope()) {
            case COUNTY, REGION -> events.counties(place.counties());
            case PROVIDER -> events.provider(query.scopeId());
            case ALL -> { }
        }
        List<Occurrence> occurrences = new ArrayList<>();
        for (String stored : events.contents(em).values()) {
            occurrences.addAll(occurrences(EventContent.parse(stored), start, end));
        }
        occurrences.sort(Comparator.comparing(Occurrence::startsAt).thenComparing(Occurrence::uid)
                .thenComparing(o -> String.valueOf(o.occurrenceDate())));
        return occurrences;
    }

    /** An event's occurrences that overlap [start, end): the session, or the series' meetings. */
    static List<Occurrence> occurrences(EventContent c, Instant start, Instant end) {
        if (!c.isSeries()) {
            return List.of(new Occurrence(c.uid(), c.offeringId(), c.title(), c.part(), c.kind(), c.hosts(),
                    c.startsAt(), c.endsAt(), c.cancelled(), c.location(), null, null));
        }
        return c.recurring().meetings().stream()
                .filter(m -> m.endsAt().isAfter(start) && m.startsAt().isBefore(end))
                .map(m -> new Occurrence(c.uid(), c.offeringId(), c.title(), c.part(), c.kind(), c.hosts(),
                        m.startsAt(), m.endsAt(), c.cancelled() || m.cancelled(), c.location(), c.seriesId(),
                        m.date()))
                .toList();
    }

    /** The calendar's name in Norwegian, e.g. "Samkurs – Vestland" for a county, as the feeds' X-WR-CALNAME. */
    public String name(CalendarQuery.Scope scope, String scopeId) {
        return scopes.resolve(scope, scopeId).name();
    }

    /**
     * The path of the feed to subscribe to for a query, under the application's root, with its filters but not its
     * window (a subscription follows the calendar onwards): e.g. {@code calendar/county/46.ics?topic=trauma}. Empty
     * for the whole country, which has no feed.
     */
    public static Optional<String> feedPath(CalendarQuery query) {
        if (query.scope() == CalendarQuery.Scope.ALL) {
            return Optional.empty();
        }
        StringBuilder filters = new StringBuilder();
        append(filters, "topic", query.topics());
        append(filters, "targetGroup", query.targetGroups());
        append(filters, "kind", query.kinds());
        return Optional.of("calendar/" + query.scope().name().toLowerCase(Locale.ROOT) + "/"
                + URLEncoder.encode(query.scopeId(), StandardCharsets.UTF_8) + ".ics"
                + (filters.isEmpty() ? "" : "?" + filters));
    }

    private static void append(StringBuilder text, String name, Set<? extends Term> terms) {
        if (!terms.isEmpty()) {
            text.append(text.isEmpty() ? "" : "&").append(name).append('=')
                    .append(String.join(",", terms.stream().map(Term::code).sorted().toList()));
        }
    }

    /** The first day a query shows: its own, else today in Oslo. */
    public LocalDate from(CalendarQuery query) {
        return query.from() != null ? query.from() : query.to() != null ? query.to().minusDays(DEFAULT_DAYS)
                : LocalDate.now(clock.withZone(ZONE));
    }

    /** The day after the last day a query shows: its own, else a month after its first; at most {@link #MAX_DAYS}. */
    public LocalDate to(CalendarQuery query) {
        LocalDate from = from(query);
        LocalDate to = query.to() != null ? query.to() : from.plusDays(DEFAULT_DAYS);
        if (!to.isAfter(from)) {
            throw RuleViolation.invalid("to", "Til-datoen må være etter fra-datoen (" + from + ").");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw RuleViolation.invalid("to", "Kalenderen kan vise høyst " + MAX_DAYS + " dager om gangen.");
        }
        return to;
    }
}
