package no.samkurs.systemtest;

import biweekly.Biweekly;
import biweekly.ICalendar;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A served feed read back by two independent parsers, which must agree on what it holds. */
record CalendarFeeds(String text, Calendar ical4j, ICalendar biweekly) {

    static CalendarFeeds parse(String text) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            List<ICalendar> all = Biweekly.parse(text).all();
            assertEquals(1, all.size(), "one VCALENDAR");
            CalendarFeeds feeds = new CalendarFeeds(text, calendar, all.get(0));
            assertEquals(feeds.events().size(), feeds.biweekly.getEvents().size(), "both parsers see every event");
            return feeds;
        } catch (Exception e) {
            throw new AssertionError("the feed does not parse: " + e + "\n" + text, e);
        }
    }

    List<VEvent> events() {
        return ical4j.getComponents("VEVENT");
    }

    /** The events with this UID (a series has its master and its overrides). */
    List<VEvent> withUid(String uid) {
        return events().stream().filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false)).toList();
    }

    List<biweekly.component.VEvent> biweeklyWithUid(String uid) {
        return biweekly.getEvents().stream().filter(e -> e.getUid() != null && uid.equals(e.getUid().getValue()))
                .toList();
    }

    static String property(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    static String parameter(VEvent event, String property, String parameter) {
        return event.<Property>getProperty(property).flatMap(p -> p.<Parameter>getParameter(parameter))
                .map(Parameter::getValue).orElse(null);
    }
}
