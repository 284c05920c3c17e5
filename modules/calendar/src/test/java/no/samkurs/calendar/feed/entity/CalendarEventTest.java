package no.samkurs.calendar.feed.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An event's rules: SEQUENCE never goes down, LAST-MODIFIED moves with what is shown, a withdrawn event stays. */
class CalendarEventTest {

    static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);
    static final Instant T2 = T0.plusSeconds(120);

    static EventContent session(String title) {
        return new EventContent("s1@samkurs.no", "o1", "s1", null, title, null, "course", "Sammendrag",
                List.of("RVTS Vest"), "Digitalt", List.of("Traumer"), false, null,
                Instant.parse("2026-10-20T11:00:00Z"), Instant.parse("2026-10-20T13:00:00Z"), null);
    }

    @Test
    void lastModifiedMovesExactlyWhenWhatIsShownChanges() {
        CalendarEvent event = new CalendarEvent(session("Kurs"), 1, T0);
        assertFalse(event.show(session("Kurs"), 1, T1));
        assertEquals(T0, event.lastModified());
        assertTrue(event.show(session("Nytt navn"), 1, T1));
        assertEquals(T1, event.lastModified());
        assertEquals(T0, event.createdAt());
    }

    @Test
    void sequenceNeverGoesDown() {
        CalendarEvent event = new CalendarEvent(session("Kurs"), 3, T0);
        assertFalse(event.show(session("Kurs"), 2, T1));
        assertEquals(3, event.sequence());
        assertTrue(event.show(session("Kurs"), 4, T1));
        assertEquals(4, event.sequence());
        assertEquals(T0, event.lastModified(), "a new sequence alone does not change what is shown");
    }

    @Test
    void aWithdrawnEventStaysCancelledOneSequenceHigher() {
        CalendarEvent event = new CalendarEvent(session("Kurs"), 2, T0);
        assertTrue(event.withdraw(2, T1));
        assertTrue(event.cancelled());
        assertEquals(3, event.sequence());
        assertEquals("Kurs", event.content().title(), "its text stays");
        assertFalse(event.withdraw(2, T2), "withdrawing twice changes nothing");
        assertEquals(3, event.sequence());
    }

    @Test
    void theContentComesBackAsStoredAndItsFingerprintFollowsIt() {
        EventContent series = new EventContent("series-r1@samkurs.no", "o1", null, "r1", "Nettverk", "Samling",
                "network", null, List.of("RVTS Vest", "KoRUS Vest Bergen"), "Rådhuset", List.of(), true, "Sykdom",
                Instant.parse("2026-09-08T11:00:00Z"), Instant.parse("2026-12-15T14:00:00Z"),
                new EventContent.Recurring("FREQ=WEEKLY;COUNT=2", LocalDateTime.parse("2026-09-08T13:00"),
                        LocalDateTime.parse("2026-09-08T15:00"), List.of(LocalDate.parse("2026-09-15")),
                        List.of(new EventContent.Meeting(LocalDate.parse("2026-09-08"),
                                Instant.parse("2026-09-08T11:00:00Z"), Instant.parse("2026-09-08T13:00:00Z"), false,
                                true))));
        assertEquals(series, EventContent.parse(series.json()));
        assertEquals(session("Kurs"), EventContent.parse(session("Kurs").json()));
        assertEquals(64, series.fingerprint().length());
        assertEquals(session("Kurs").fingerprint(), session("Kurs").fingerprint());
        assertNotEquals(session("Kurs").fingerprint(), session("Kurs ").fingerprint());
    }
}
