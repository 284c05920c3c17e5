package no.samkurs.calendar.feed.control;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.ParseWarning;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import no.samkurs.calendar.feed.entity.EventContent;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A feed's text read back with both parsers: ical4j and biweekly, an independent second implementation. */
record Rendered(String text, Calendar ical4j, ICalendar biweekly, List<List<ParseWarning>> biweeklyWarnings) {

    static final String BASE = "https://samkurs.example";
    static final Instant CREATED = Instant.parse("2026-08-01T08:00:00Z");
    static final Instant CHANGED = Instant.parse("2026-08-20T08:30:00Z");

    static Rendered of(String text) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            List<List<ParseWarning>> warnings = new ArrayList<>();
            ICalendar second = Biweekly.parse(text).warnings(warnings).first();
            return new Rendered(text, calendar, second, warnings);
        } catch (Exception e) {
            throw new AssertionError("Could not read the feed back:\n" + text, e);
        }
    }

    /** A whole feed of the events as Feeds writes it, each at the given sequence. */
    static Rendered feed(String name, List<EventContent> events, Map<String, Integer> sequences) {
        StringBuilder text = new StringBuilder(Feeds.header(name)).append(OsloTimeZone.TEXT);
        for (EventContent c : events) {
            EventRow row = new EventRow(c.uid(), c.fingerprint(), sequences.getOrDefault(c.uid(), 1), CREATED, CHANGED,
                    c.cancelled(), c.startsAt(), c.endsAt());
            text.append(VEvents.render(row, c, BASE, null));
        }
        return of(text.append("END:VCALENDAR\r\n").toString());
    }

    List<VEvent> events() {
        return ical4j.getComponents(Component.VEVENT);
    }

    List<VEvent> events(String uid) {
        return events().stream().filter(e -> e.getUid().orElseThrow().getValue().equals(uid)).toList();
    }

    static String value(PropertyContainer component, String property) {
        return component.getProperty(property).map(p -> p.getValue()).orElse(null);
    }
}
