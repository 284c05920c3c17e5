package no.samkurs.calendar.feed.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.XProperty;
import no.samkurs.calendar.feed.entity.EventContent;
import no.samkurs.calendar.personal.control.FeedTokens;
import no.samkurs.calendar.personal.control.Follows;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The iCalendar feeds: a county's, a region's, a provider's (with the catalog's filters) and a person's own. Events
 * are selected in one query and their text comes from a cache of rendered events, so that only changed events are
 * rendered again. The ETag is made of the feeds' generation, the request and the day in Oslo (cancelled events
 * leave when they are past, the window moves at midnight), so a conditional GET is answered from memory.
 */
@ApplicationScoped
public class Feeds {

    /** How far back a feed reaches by default, and at most; and its widest window when both ends are given. */
    public static final int DEFAULT_PAST_DAYS = 30;
    public static final int MAX_PAST_DAYS = 366;
    public static final int MAX_DAYS = 731;
    static final String PERSONAL_NAME = Scopes.PREFIX + "min kalender";
    static final Duration REFRESH = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    Generations generations;

    @Inject
    JoinLinks joinLinks;

    @Inject
    FeedTokens tokens;

    @Inject
    Follows follows;

    @Inject
    @ConfigProperty(name = "samkurs.calendar.rendered-events", defaultValue = "30000")
    int capacity;

    Clock clock = Clock.systemUTC();

    RenderedEvents rendered;

    @PostConstruct
    void open() {
        rendered = new RenderedEvents(capacity);
    }

    /** A public feed's name, ETag and Last-Modified; 404 for an unknown scope, 400 for a bad window. */
    public Freshness freshness(CalendarQuery query, String base) {
        String name = scopes.resolve(query.scope(), query.scopeId()).name();
        window(query, today());
        return freshness(name, "public|" + describe(query) + "|" + base);
    }

    /** The person whose feed the token opens: empty for an unknown, revoked or malformed token, or an inactive person. */
    public Optional<String> personOf(String token) {
        return tokens.personOf(token).filter(id -> {
            Person person = em.find(Person.class, id);
            return person != null && person.isActive();
        });
    }

    public Freshness personalFreshness(String token, CalendarQuery filters, String base) {
        window(filters, today());
        String enrolled = personOf(token).map(joinLinks::stamp).orElse("");
        return freshness(PERSONAL_NAME, "personal|" + token + "|" + describe(filters) + "|" + base + "|" + enrolled);
    }

    private Freshness freshness(String name, String request) {
        Stamp stamp = generations.current();
        LocalDate today = today();
        Instant midnight = today.atStartOfDay(Calendars.ZONE).toInstant();
        String etag = "\"" + stamp.generation() + "-" + today.toString().replace("-", "") + "-"
                + sha256(request).substring(0, 20) + "\"";
        return new Freshness(name, etag, stamp.changedAt().isAfter(midnight) ? stamp.changedAt() : midnight);
    }

    /** A public feed's text, in UTF-8. */
    @Transactional
    public byte[] render(CalendarQuery query, String base) {
        Scopes.Place place = scopes.resolve(query.scope(), query.scopeId());
        EventQuery events = filtered(query);
        switch (query.scope()) {
            case COUNTY, REGION -> events.counties(place.counties());
            case PROVIDER -> events.provider(query.scopeId());
            case ALL -> { }
        }
        return render(place.name(), events, base, Map.of());
    }

    /**
     * A person's own feed: the offerings they follow or are enrolled in and, for an editor, those their organisation
     * hosts; join links
     * only as {@link JoinLinks} allows.
     */
    @Transactional
    public byte[] renderPersonal(String personId, CalendarQuery filters, String base) {
        Person person = em.find(Person.class, personId);
        String editorOf = person.has(Role.PROVIDER_EDITOR) ? person.organisation().map(Organisation::id).orElse(null)
                : null;
        Set<String> chosen = new HashSet<>(follows.offeringIds(personId));
        chosen.addAll(joinLinks.enrolledIn(personId));
        EventQuery events = filtered(filters).personal(chosen, editorOf);
        return render(PERSONAL_NAME, events, base, joinLinks.ofParticipant(personId));
    }

    private EventQuery filtered(CalendarQuery query) {
        Window window = window(query, today());
        return new EventQuery().window(window.from(), window.to(), today().atStartOfDay(Calendars.ZONE).toInstant())
                .topics(query.topics()).targetGroups(query.targetGroups()).kinds(query.kinds());
    }

    byte[] render(String name, EventQuery query, String base, Map<String, String> links) {
        List<EventRow> rows = query.rows(em);
        List<String> missing = new ArrayList<>();
        for (EventRow row : rows) {
            if (links.containsKey(row.uid()) || rendered.get(row.key(base)) == null) {
                missing.add(row.uid());
            }
        }
        Map<String, String> contents = missing.isEmpty() ? Map.of() : EventQuery.contents(em, missing);
        ByteArrayOutputStream text = new ByteArrayOutputStream(4096 + rows.size() * 800);
        text.writeBytes(utf8(header(name) + OsloTimeZone.TEXT));
        for (EventRow row : rows) {
            String link = links.get(row.uid());
            if (link != null) {
                text.writeBytes(utf8(VEvents.render(row, EventContent.parse(contents.get(row.uid())), base, link)));
            } else {
                text.writeBytes(rendered.get(row.key(base), () -> utf8(
                        VEvents.render(row, EventContent.parse(contents.get(row.uid())), base, null))));
            }
        }
        text.writeBytes(utf8("END:VCALENDAR" + Folding.CRLF));
        return text.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String header(String name) {
        ParameterList duration = new ParameterList(List.of(Value.DURATION));
        List<Property> properties = List.of(new ProdId("-//Samkurs//Felles regional kalender//NO"),
                ImmutableVersion.VERSION_2_0, new CalScale("GREGORIAN"), new Name(name), new XProperty("X-WR-CALNAME", name),
                new RefreshInterval(duration, REFRESH), new XProperty("X-PUBLISHED-TTL", REFRESH.toString()),
                new XProperty("X-WR-TIMEZONE", OsloTimeZone.TZID));
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\n");
        properties.forEach(p -> text.append(p));
        return Folding.fold(text.toString());
    }

    /** The window a feed shows: from 30 days back (at most a year back), no end unless asked, at most two years. */
    static Window window(CalendarQuery query, LocalDate today) {
        if (query.from() != null && query.from().isBefore(today.minusDays(MAX_PAST_DAYS))) {
            throw RuleViolation.invalid("from", "En kalender går høyst ett år tilbake; velg en fra-dato etter "
                    + today.minusDays(MAX_PAST_DAYS) + ".");
        }
        LocalDate from = query.from() != null ? query.from() : today.minusDays(DEFAULT_PAST_DAYS);
        if (query.to() != null && !query.to().isAfter(from)) {
            throw RuleViolation.invalid("to", "Til-datoen må være etter fra-datoen (" + from + ").");
        }
        if (query.to() != null && ChronoUnit.DAYS.between(from, query.to()) > MAX_DAYS) {
            throw RuleViolation.invalid("to", "En kalender kan vise høyst " + MAX_DAYS + " dager om gangen.");
        }
        return new Window(from.atStartOfDay(Calendars.ZONE).toInstant(),
                query.to() == null ? null : query.to().atStartOfDay(Calendars.ZONE).toInstant());
    }

    record Window(Instant from, Instant to) {
    }

    private static String describe(CalendarQuery q) {
        return q.scope() + "|" + q.scopeId() + "|" + q.from() + "|" + q.to() + "|" + new TreeSet<>(q.topics()) + "|"
                + new TreeSet<>(q.targetGroups()) + "|" + new TreeSet<>(q.kinds());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Calendars.ZONE));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    int cached() {
        return rendered.size();
    }
}
