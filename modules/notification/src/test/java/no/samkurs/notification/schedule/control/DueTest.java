package no.samkurs.notification.schedule.control;

import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.calendar.feed.entity.EventContent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which sessions and series meetings are due for a reminder: not cancelled, not started, within the window. */
class DueTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final Duration DAY = Duration.ofHours(24);

    static CalendarEvent session(String uid, Instant start, boolean cancelled) {
        EventContent content = new EventContent(uid, "o1", uid, null, "Kurs", null, "course", null, List.of(), null,
                List.of(), cancelled, null, start, start.plusSeconds(5400), null);
        return new CalendarEvent(content, 1, NOW);
    }

    static EventContent.Meeting meeting(Instant start, boolean cancelled) {
        return new EventContent.Meeting(LocalDate.ofInstant(start, ZoneId.of("Europe/Oslo")), start,
                start.plusSeconds(3600), false, cancelled);
    }

    static CalendarEvent series(EventContent.Meeting... meetings) {
        List<EventContent.Meeting> all = List.of(meetings);
        EventContent content = new EventContent("series-r@samkurs.no", "o2", null, "r", "Nettverk", null, "network",
                null, List.of(), null, List.of(), false, null, all.get(0).startsAt(), all.get(all.size() - 1).endsAt(),
                new EventContent.Recurring("FREQ=DAILY", LocalDateTime.parse("2026-11-30T10:00"),
                        LocalDateTime.parse("2026-11-30T11:00"), List.of(), all));
        return new CalendarEvent(content, 1, NOW);
    }

    @Test
    void aSessionIsDueFromTheWindowUntilItStarts() {
        assertEquals(1, Due.of(List.of(session("a", NOW.plus(DAY), false)), NOW, DAY).size(), "24 h ahead: due");
        assertEquals(1, Due.of(List.of(session("b", NOW.plusSeconds(60), false)), NOW, DAY).size(),
                "found late, still ahead: due (someone enrolled late)");
        assertEquals(0, Due.of(List.of(session("c", NOW.plus(DAY).plusSeconds(1), false)), NOW, DAY).size(),
                "not yet");
        assertEquals(0, Due.of(List.of(session("d", NOW, false)), NOW, DAY).size(), "starting now: too late");
        assertEquals(0, Due.of(List.of(session("e", NOW.minusSeconds(60), false)), NOW, DAY).size(), "started");
        assertEquals(0, Due.of(List.of(session("f", NOW.plusSeconds(3600), true)), NOW, DAY).size(), "cancelled");
    }

    @Test
    void eachMeetingOfASeriesWithinTheWindowIsDueOnItsOwn() {
        Instant yesterday = NOW.minus(DAY).plusSeconds(3600);
        Instant inAnHour = NOW.plusSeconds(3600);
        Instant tomorrow = inAnHour.plus(DAY).minusSeconds(7200);
        Instant cancelledOne = NOW.plusSeconds(7200);
        List<Due.Occurrence> due = Due.of(List.of(series(meeting(yesterday, false), meeting(inAnHour, false),
                meeting(cancelledOne, true), meeting(tomorrow, false))), NOW, DAY);
        assertEquals(List.of(new Due.Occurrence("o2", "series-r@samkurs.no", inAnHour, inAnHour.plusSeconds(3600)),
                new Due.Occurrence("o2", "series-r@samkurs.no", tomorrow, tomorrow.plusSeconds(3600))), due,
                "not the past one, not the cancelled one");
    }

    @Test
    void theWindowIsConfigurable() {
        CalendarEvent inThreeHours = session("a", NOW.plusSeconds(3 * 3600), false);
        assertEquals(0, Due.of(List.of(inThreeHours), NOW, Duration.ofHours(2)).size());
        assertEquals(1, Due.of(List.of(inThreeHours), NOW, Duration.ofHours(3)).size());
    }
}
