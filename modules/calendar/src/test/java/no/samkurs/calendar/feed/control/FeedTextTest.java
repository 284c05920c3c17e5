package no.samkurs.calendar.feed.control;

import biweekly.component.VTimezone;
import biweekly.io.ICalTimeZone;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import no.samkurs.calendar.feed.entity.EventContent;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static no.samkurs.calendar.Fixture.JOIN_LINK;
import static no.samkurs.calendar.Fixture.KORUS_VEST;
import static no.samkurs.calendar.Fixture.RVTS_VEST;
import static no.samkurs.calendar.Fixture.autumn;
import static no.samkurs.calendar.Fixture.course;
import static no.samkurs.calendar.Fixture.network;
import static no.samkurs.calendar.Fixture.oslo;
import static no.samkurs.calendar.Fixture.session;
import static no.samkurs.calendar.feed.control.Rendered.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A feed as calendar programs read it, read back with ical4j and biweekly: the calendar's properties, one compact
 * VTIMEZONE named like the events' TZID, local times on both sides of the end of summer time, a series with RRULE,
 * EXDATE and RECURRENCE-ID overrides, and no join links.
 */
class FeedTextTest {

    static final Instant NOW = oslo("2026-08-20T10:00");
    static final Actor RVTS = Actor.editorOf("rvts-vest");
    static final Contents CONTENTS = new Contents(number -> Map.of("4601", "Bergen").getOrDefault(number, number));

    final Offering course = publishedCourse();
    final Offering network = publishedNetwork();
    final Series series = autumnSeries(network);

    static Offering publishedCourse() {
        Offering course = new Offering(RVTS_VEST, course("Traumebevisst praksis i skolen", List.of(
                session("2026-10-20T13:00", "2026-10-20T15:00"), session("2026-10-27T13:00", "2026-10-27T15:00"))),
                NOW);
        course.publish(RVTS, NOW);
        return course;
    }

    static Offering publishedNetwork() {
        Offering network = new Offering(RVTS_VEST, network("Læringsnettverk rus"), NOW);
        network.invite(KORUS_VEST, RVTS, NOW);
        network.answer(KORUS_VEST.id(), true, Actor.editorOf(KORUS_VEST.id()), NOW);
        network.publish(RVTS, NOW);
        return network;
    }

    static Series autumnSeries(Offering network) {
        Series series = new Series(network, autumn(), RVTS, NOW);
        series.changeOccurrence(network, LocalDate.parse("2026-11-17"), false, oslo("2026-11-19T09:00"),
                oslo("2026-11-19T11:00"), RVTS, NOW);
        series.changeOccurrence(network, LocalDate.parse("2026-12-01"), true, null, null, RVTS, NOW);
        return series;
    }

    Rendered feed() {
        List<EventContent> events = new ArrayList<>(CONTENTS.of(course, List.of()));
        events.addAll(CONTENTS.of(network, List.of(series)));
        return Rendered.feed("Samkurs – Vestland", events, Map.of());
    }

    @Test
    void theCalendarIsNamedInNorwegianAndAsksToBeRefreshedHourly() {
        Rendered feed = feed();
        assertEquals("Samkurs – Vestland", value(feed.ical4j(), "NAME"));
        assertEquals("Samkurs – Vestland", value(feed.ical4j(), "X-WR-CALNAME"));
        assertEquals("2.0", value(feed.ical4j(), "VERSION"));
        assertEquals("GREGORIAN", value(feed.ical4j(), "CALSCALE"));
        assertEquals("Europe/Oslo", value(feed.ical4j(), "X-WR-TIMEZONE"));
        assertEquals("PT1H", value(feed.ical4j(), "X-PUBLISHED-TTL"));
        assertTrue(feed.text().contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"), feed.text());
        assertTrue(feed.text().startsWith("BEGIN:VCALENDAR\r\nPRODID:"));
        assertTrue(feed.text().endsWith("END:VCALENDAR\r\n"));
        assertEquals("Samkurs – Vestland", feed.biweekly().getNames().get(0).getValue());
        assertTrue(feed.biweeklyWarnings().stream().allMatch(List::isEmpty), "biweekly reads it without a complaint: "
                + feed.biweeklyWarnings());
    }

    @Test
    void exactlyOneCompactVTimezoneWhoseTzidIsTheEventsTzid() {
        Rendered feed = feed();
        assertEquals(1, feed.text().split("BEGIN:VTIMEZONE", -1).length - 1);
        assertFalse(feed.text().contains("Europe/Berlin"));
        var zones = feed.ical4j().getComponents(Component.VTIMEZONE);
        assertEquals(1, zones.size());
        assertEquals("Europe/Oslo", value(zones.get(0), Property.TZID));
        assertEquals(2, ((net.fortuna.ical4j.model.component.VTimeZone) zones.get(0)).getObservances().size(),
                "one STANDARD and one DAYLIGHT, no history");
        for (VEvent event : feed.events()) {
            for (String name : List.of(Property.DTSTART, Property.DTEND)) {
                Property time = event.getProperty(name).orElseThrow();
                assertEquals("Europe/Oslo", time.getParameter(Parameter.TZID).orElseThrow().getValue(),
                        name + " of " + event.getUid().orElseThrow().getValue());
            }
        }
        assertEquals(1, feed.biweekly().getTimezoneInfo().getComponents().size());
        assertEquals("Europe/Oslo", feed.biweekly().getTimezoneInfo().getComponents().iterator().next()
                .getTimezoneId().getValue());
    }

    @Test
    void theCompactVTimezoneGivesOslosOffsetsForYearsToCome() throws Exception {
        Rendered feed = feed();
        ZoneRules fromFeed = new ZoneRulesBuilder().vTimeZone(
                (net.fortuna.ical4j.model.component.VTimeZone) feed.ical4j().getComponents(Component.VTIMEZONE).get(0))
                .build();
        TimeZone biweekly = new ICalTimeZone(feed.biweekly().getTimezoneInfo().getComponents().iterator().next());
        ZoneRules oslo = ZoneId.of("Europe/Oslo").getRules();
        for (Instant at = Instant.parse("2024-01-01T00:00:00Z"); at.isBefore(Instant.parse("2036-01-01T00:00:00Z"));
             at = at.plusSeconds(3 * 3600 + 17)) {
            assertEquals(oslo.getOffset(at), fromFeed.getOffset(at), "offset by ical4j at " + at);
            // biweekly's TimeZone finds the observance by day: on the two days of change it is a day off.
            if (!isChangeDay(oslo, at)) {
                assertEquals(oslo.getOffset(at).getTotalSeconds() * 1000, biweekly.getOffset(at.toEpochMilli()),
                        "offset by biweekly at " + at);
            }
        }
    }

    private static boolean isChangeDay(ZoneRules rules, Instant at) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        return !rules.getOffset(day.atStartOfDay().toInstant(ZoneOffset.UTC))
                .equals(rules.getOffset(day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    @Test
    void sessionsAreLocalTimeOnBothSidesOfTheEndOfSummerTime() {
        Rendered feed = feed();
        assertTrue(feed.text().contains("DTSTART;TZID=Europe/Oslo:20261020T130000\r\n"));
        assertTrue(feed.text().contains("DTSTART;TZID=Europe/Oslo:20261027T130000\r\n"));
        List<Instant> byIcal4j = new ArrayList<>();
        List<Instant> byBiweekly = new ArrayList<>();
        for (var session : course.sessions()) {
            String uid = session.id() + "@samkurs.no";
            DtStart<?> start = (DtStart<?>) feed.events(uid).get(0).getProperty(Property.DTSTART).orElseThrow();
            byIcal4j.add(Instant.from((Temporal) start.getDate()));
            byBiweekly.add(feed.biweekly().getEvents().stream().filter(e -> e.getUid().getValue().equals(uid))
                    .findFirst().orElseThrow().getDateStart().getValue().toInstant());
        }
        List<Instant> expected = List.of(Instant.parse("2026-10-20T11:00:00Z"), Instant.parse("2026-10-27T12:00:00Z"));
        assertEquals(expected, byIcal4j);
        assertEquals(expected, byBiweekly);
    }

    @Test
    void aSeriesIsOneRecurringEventWithExdateAndOverridesForMovedAndCancelledMeetings() {
        Rendered feed = feed();
        String uid = "series-" + series.id() + "@samkurs.no";
        List<VEvent> parts = feed.events(uid);
        assertEquals(3, parts.size(), "the series and two overrides, all with the series' UID");
        VEvent master = parts.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).findFirst()
                .orElseThrow();
        assertEquals("FREQ=WEEKLY;UNTIL=20261215T120000Z;INTERVAL=2;BYDAY=TU", value(master, Property.RRULE));
        assertEquals("20261006T130000", value(master, Property.EXDATE));
        assertEquals("20260908T130000", value(master, Property.DTSTART));
        assertEquals("CONFIRMED", value(master, Property.STATUS));
        VEvent moved = override(parts, "20261117T130000");
        assertEquals("20261119T090000", value(moved, Property.DTSTART));
        assertEquals("20261119T110000", value(moved, Property.DTEND));
        assertEquals("CONFIRMED", value(moved, Property.STATUS));
        VEvent cancelled = override(parts, "20261201T130000");
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        assertTrue(value(cancelled, Property.SUMMARY).startsWith("AVLYST: "));

        var second = feed.biweekly().getEvents().stream().filter(e -> e.getUid().getValue().equals(uid)).toList();
        assertEquals(3, second.size());
        var secondMaster = second.stream().filter(e -> e.getRecurrenceId() == null).findFirst().orElseThrow();
        List<Instant> meetings = new ArrayList<>();
        DateIterator dates = secondMaster.getDateIterator(TimeZone.getTimeZone("Europe/Oslo"));
        while (dates.hasNext()) {
            meetings.add(dates.next().toInstant());
        }
        assertEquals(List.of("2026-09-08T11:00:00Z", "2026-09-22T11:00:00Z", "2026-10-20T11:00:00Z",
                        "2026-11-03T12:00:00Z", "2026-11-17T12:00:00Z", "2026-12-01T12:00:00Z", "2026-12-15T12:00:00Z"),
                meetings.stream().map(Instant::toString).toList(),
                "biweekly expands the rule, without the autumn holiday week, 13:00 Oslo time all along");
        assertEquals(Instant.parse("2026-11-17T12:00:00Z"), second.stream().filter(e -> e.getRecurrenceId() != null
                        && e.getDateStart().getValue().toInstant().equals(Instant.parse("2026-11-19T08:00:00Z")))
                .findFirst().orElseThrow().getRecurrenceId().getValue().toInstant());
    }

    @Test
    void publicFeedsNeverCarryJoinLinks() {
        Rendered feed = feed();
        assertFalse(feed.text().contains("video.example.no"), "the sessions and the series have a join link");
        assertFalse(feed.text().replace("\r\n ", "").contains(JOIN_LINK));
    }

    @Test
    void everyEventSaysWhatItIsWhoHostsItAndWhereToReadMore() {
        Rendered feed = feed();
        VEvent session = feed.events(course.sessions().get(0).id() + "@samkurs.no").get(0);
        assertEquals("Traumebevisst praksis i skolen", value(session, Property.SUMMARY));
        assertEquals("Digitalt", value(session, Property.LOCATION));
        assertEquals("Traumer", value(session, Property.CATEGORIES));
        assertEquals(Rendered.BASE + "/tilbudet?id=" + course.id(), value(session, Property.URL));
        assertEquals("1", value(session, Property.SEQUENCE));
        assertEquals("20260820T083000Z", value(session, Property.DTSTAMP));
        assertEquals("20260820T083000Z", value(session, Property.LAST_MODIFIED));
        assertEquals("20260801T080000Z", value(session, Property.CREATED));
        assertTrue(value(session, Property.DESCRIPTION).contains("Arrangør: RVTS Vest\n"));
        assertTrue(value(session, Property.DESCRIPTION).contains(Rendered.BASE + "/tilbudet?id=" + course.id()));
        assertTrue(value(session, Property.DESCRIPTION).startsWith("Et kort sammendrag, med komma; og semikolon."));

        VEvent series = feed.events("series-" + this.series.id() + "@samkurs.no").get(0);
        assertEquals("Læringsnettverk rus – Nettverkssamling", value(series, Property.SUMMARY));
        assertEquals("Bergen rådhus, møterom 3", value(series, Property.LOCATION));
        assertTrue(value(series, Property.DESCRIPTION).contains("Arrangører: RVTS Vest, KoRUS Vest Bergen"));
        assertEquals("Rus og avhengighet,Tidlig innsats", value(series, Property.CATEGORIES));
        var categories = feed.biweekly().getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("series-" + this.series.id() + "@samkurs.no"))
                .findFirst().orElseThrow().getCategories().get(0).getValues();
        assertEquals(List.of("Rus og avhengighet", "Tidlig innsats"), categories);
    }

    @Test
    void aCancelledOfferingsEventsSayCancelledAndWhy() {
        course.cancel("Kursholder er syk", RVTS, NOW);
        Rendered feed = feed();
        for (var session : course.sessions()) {
            VEvent event = feed.events(session.id() + "@samkurs.no").get(0);
            assertEquals("CANCELLED", value(event, Property.STATUS));
            assertEquals("AVLYST: Traumebevisst praksis i skolen", value(event, Property.SUMMARY));
            assertTrue(value(event, Property.DESCRIPTION).startsWith("Avlyst. Kursholder er syk\n"));
        }
        assertEquals(biweekly.property.Status.cancelled().getValue(), feed.biweekly().getEvents().stream()
                .filter(e -> e.getUid().getValue().startsWith(course.sessions().get(0).id()))
                .findFirst().orElseThrow().getStatus().getValue());
    }

    @Test
    void aVenueIsWrittenOutWithItsMunicipalityAndHybridSaysSo() {
        EventContent content = CONTENTS.series(network, new Series(network, new no.samkurs.calendar.series.entity
                .SeriesDetails(null, autumn().firstDate(), autumn().startTime(), autumn().endTime(), autumn().rule(),
                java.util.Set.of(), null, null), RVTS, NOW));
        assertEquals("Bergen rådhus, Rådhusgaten 10, Bergen (og digitalt)", content.location());
        assertNull(content.part());
    }

    @Test
    void noLineIsLongerThan75OctetsAndUnfoldingGivesTheTextBack() {
        Rendered feed = feed();
        for (String line : feed.text().split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertFalse(feed.text().replace("\r\n", "").contains("\n"), "only CRLF line ends");
    }

    @Test
    void dtstampIsTheLastChangeSoTheTextStaysTheSameUntilTheEventChanges() {
        assertEquals(feed().text(), feed().text());
        Date stamp = feed().biweekly().getEvents().get(0).getDateTimeStamp().getValue();
        assertEquals(Rendered.CHANGED, stamp.toInstant());
    }

    private static VEvent override(List<VEvent> parts, String recurrenceId) {
        return parts.stream().filter(e -> recurrenceId.equals(value(e, Property.RECURRENCE_ID))).findFirst()
                .orElseThrow(() -> new AssertionError("no override " + recurrenceId));
    }
}
