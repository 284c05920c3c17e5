package no.samkurs.calendar.feed.control;

import no.samkurs.calendar.feed.entity.EventContent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which changes of an offering's events concern the people who hold them in their calendars. */
class ReschedulingTest {

    static final Instant START = Instant.parse("2026-12-01T12:00:00Z");
    static final Instant END = Instant.parse("2026-12-01T13:30:00Z");

    static EventContent session(String title, String summary, String location, Instant start, Instant end) {
        return new EventContent("s1@samkurs.no", "o1", "s1", null, title, null, "course", summary, List.of("RVTS"),
                location, List.of("Traumer"), false, null, start, end, null);
    }

    static EventContent session() {
        return session("Kurs", "Om traumer.", "Digitalt", START, END);
    }

    static EventContent series(Instant secondStart) {
        List<EventContent.Meeting> meetings = List.of(
                new EventContent.Meeting(LocalDate.parse("2026-12-01"), START, END, false, false),
                new EventContent.Meeting(LocalDate.parse("2026-12-08"), secondStart, secondStart.plusSeconds(5400),
                        !secondStart.equals(START.plusSeconds(7 * 86400)), false));
        return new EventContent("series-r1@samkurs.no", "o1", null, "r1", "Nettverk", null, "network", "Om rus.",
                List.of("KoRUS"), "Bergen", List.of(), false, null, START, meetings.get(1).endsAt(),
                new EventContent.Recurring("FREQ=WEEKLY;COUNT=2", LocalDateTime.parse("2026-12-01T13:00"),
                        LocalDateTime.parse("2026-12-01T14:30"), List.of(), meetings));
    }

    static Optional<EventsChanged> shown(EventContent before, int sequenceBefore, EventContent after, int sequence) {
        Rescheduling rescheduling = new Rescheduling();
        rescheduling.shown(before, sequenceBefore, after, sequence);
        return rescheduling.change("o1", false);
    }

    @Test
    void textAloneIsNoChange() {
        EventContent retold = session("Nytt navn", "En ny beskrivelse.", "Digitalt", START, END);
        assertEquals(Optional.empty(), shown(session(), 1, retold, 1));
    }

    @Test
    void aNewTimeOrPlaceIsARescheduling() {
        EventsChanged moved = new EventsChanged("o1", 2, true, false, false);
        assertEquals(Optional.of(moved), shown(session(), 1, session("Kurs", "Om traumer.", "Digitalt",
                START.plusSeconds(3600), END.plusSeconds(3600)), 2));
        assertEquals(Optional.of(moved), shown(session(), 1, session("Kurs", "Om traumer.", "Digitalt", START,
                END.plusSeconds(600)), 2));
        assertEquals(Optional.of(moved), shown(session(), 1, session("Kurs", "Om traumer.", "Bodø", START, END), 2));
    }

    @Test
    void aMovedMeetingOfASeriesIsARescheduling() {
        EventContent before = series(START.plusSeconds(7 * 86400));
        EventContent after = series(START.plusSeconds(7 * 86400 + 3600));
        assertEquals(Optional.of(new EventsChanged("o1", 3, true, false, false)), shown(before, 2, after, 3));
    }

    @Test
    void aRaisedSequenceWithTheSameTimesAndPlaceIsTheJoinLink() {
        assertEquals(Optional.of(new EventsChanged("o1", 2, true, false, false)), shown(session(), 1, session(), 2));
    }

    @Test
    void aCancelledEventIsWithdrawnAndTheOfferingCancelledWhenItIs() {
        Rescheduling rescheduling = new Rescheduling();
        rescheduling.shown(session(), 1, session().cancelledNow(), 2);
        assertEquals(Optional.of(new EventsChanged("o1", 2, false, true, true)), rescheduling.change("o1", true));
        assertEquals(Optional.of(new EventsChanged("o1", 2, false, true, false)), rescheduling.change("o1", false));
        Rescheduling again = new Rescheduling();
        again.shown(session().cancelledNow(), 2, session().cancelledNow(), 2);
        assertEquals(Optional.empty(), again.change("o1", true), "cancelled before: nothing new");
    }

    @Test
    void aRemovedSessionExplainsTheOthersRaisedSequence() {
        Rescheduling rescheduling = new Rescheduling();
        rescheduling.shown(session(), 1, session(), 2);
        rescheduling.withdrawn(false, 2);
        assertEquals(Optional.of(new EventsChanged("o1", 2, false, true, false)), rescheduling.change("o1", false));
        rescheduling.withdrawn(true, 3);
        assertEquals(3, rescheduling.change("o1", false).orElseThrow().sequence(), "the highest SEQUENCE now");
    }

    @Test
    void aNewSessionOrSeriesIsARescheduling() {
        Rescheduling adding = new Rescheduling();
        adding.added(2);
        assertEquals(Optional.of(new EventsChanged("o1", 2, true, false, false)), adding.change("o1", false),
                "a network's meetings planned after people enrolled reach them too");
    }
}
