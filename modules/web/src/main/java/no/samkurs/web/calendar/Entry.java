package no.samkurs.web.calendar;

import no.samkurs.calendar.feed.control.Occurrence;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.web.layout.NorwegianTime;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * One occurrence as the calendar shows it: its times in Oslo time in the reader's form ("13.00–14.30"), what it is,
 * who hosts it, and whether it is cancelled or one meeting of a series.
 */
public record Entry(String offeringId, String title, String sessionTitle, String kind, String hosts, int hostCount,
                    String time, Instant startsAt, String location, boolean cancelled, boolean series) {

    static Entry of(Occurrence o, Locale language) {
        String kind = Arrays.stream(Kind.values()).filter(k -> k.code().equals(o.kind())).findFirst()
                .map(k -> k.label(language)).orElse("");
        return new Entry(o.offeringId(), o.title(), blankless(o.sessionTitle()), kind,
                o.hosts() == null ? "" : String.join(", ", o.hosts()), o.hosts() == null ? 0 : o.hosts().size(),
                time(o.startsAt(), o.endsAt(), language),
                o.startsAt(), blankless(o.location()), o.cancelled(), o.seriesId() != null);
    }

    /** "13.00–14.30" within a day; a meeting over midnight is written with both dates. */
    static String time(Instant start, Instant end, Locale language) {
        if (end == null) {
            return NorwegianTime.time(start, language);
        }
        boolean sameDay = start.atZone(NorwegianTime.OSLO).toLocalDate()
                .equals(end.atZone(NorwegianTime.OSLO).toLocalDate());
        return sameDay ? NorwegianTime.time(start, language) + "–" + NorwegianTime.time(end, language)
                : NorwegianTime.span(start, end, language);
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
