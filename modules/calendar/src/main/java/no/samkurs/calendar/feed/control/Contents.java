package no.samkurs.calendar.feed.control;

import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.calendar.feed.entity.EventContent;
import no.samkurs.calendar.series.entity.OccurrenceChange;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.calendar.series.entity.SeriesOccurrence;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.Venue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the feeds show of an offering's sessions and series, in bokmål: the title (with the session's or series' own),
 * all hosts, the place (the session's, else the venue, else "Digitalt"), the topics as categories, and whether it is
 * cancelled, with the reason. Times are cut to whole seconds, as the feed writes them.
 */
public final class Contents {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");
    static final String DIGITAL = "Digitalt";

    private final Function<String, String> municipalityNames;

    /** @param municipalityNames a municipality's name by its number (the number itself when unknown) */
    public Contents(Function<String, String> municipalityNames) {
        this.municipalityNames = municipalityNames;
    }

    /** The offering's events as the feeds should show them: each session, then each series. */
    public List<EventContent> of(Offering offering, List<Series> series) {
        List<EventContent> events = new ArrayList<>();
        offering.sessions().forEach(s -> events.add(session(offering, s)));
        series.forEach(s -> events.add(series(offering, s)));
        return events;
    }

    EventContent session(Offering o, Session s) {
        return new EventContent(CalendarEvent.sessionUid(s.id()), o.id(), s.id(), null, o.title(), blankToNull(s.title()),
                o.kind().code(), o.summary(), hosts(o), place(o, s.location()), categories(o), cancelled(o),
                o.cancelReason().orElse(null), seconds(s.startsAt()), seconds(s.endsAt()), null);
    }

    EventContent series(Offering o, Series s) {
        Map<java.time.LocalDate, OccurrenceChange> changes = s.changes().stream()
                .collect(Collectors.toMap(OccurrenceChange::date, Function.identity()));
        List<EventContent.Meeting> meetings = s.occurrences().stream().map((SeriesOccurrence m) -> {
            OccurrenceChange change = changes.get(m.date());
            return new EventContent.Meeting(m.date(), seconds(m.startsAt()), seconds(m.endsAt()), m.moved(),
                    change != null && change.cancelled());
        }).toList();
        EventContent.Recurring recurring = new EventContent.Recurring(
                s.recurrence().forFeed(s.startTime(), Series.ZONE), s.firstDate().atTime(s.startTime()),
                s.firstDate().atTime(s.endTime()), List.copyOf(s.excludedDates()), meetings);
        Instant first = meetings.stream().map(EventContent.Meeting::startsAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = meetings.stream().map(EventContent.Meeting::endsAt).max(Comparator.naturalOrder()).orElseThrow();
        return new EventContent(CalendarEvent.seriesUid(s.id()), o.id(), null, s.id(), o.title(),
                s.title().orElse(null), o.kind().code(), o.summary(), hosts(o), place(o, s.location().orElse(null)),
                categories(o), cancelled(o) || s.cancelled(), o.cancelReason().orElse(null), first, last, recurring);
    }

    private static boolean cancelled(Offering o) {
        return o.status() == Status.CANCELLED;
    }

    private static List<String> hosts(Offering o) {
        return o.hosts().stream().map(Host::name).toList();
    }

    private static List<String> categories(Offering o) {
        return o.topics().stream().sorted().map(t -> t.label(BOKMAL)).toList();
    }

    private String place(Offering o, String own) {
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        if (o.delivery() == Delivery.DIGITAL || o.venue().isEmpty()) {
            return DIGITAL;
        }
        Venue venue = o.venue().get();
        String where = Stream.of(venue.name(), venue.address(),
                        venue.municipality() == null ? null : municipalityNames.apply(venue.municipality()))
                .filter(Objects::nonNull).filter(v -> !v.isBlank()).map(String::strip).distinct()
                .collect(Collectors.joining(", "));
        return o.delivery() == Delivery.HYBRID ? where + " (og digitalt)" : where;
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
