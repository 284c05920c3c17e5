package no.samkurs.calendar.series.boundary;

import no.samkurs.calendar.series.entity.SeriesDetails;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What editors send about a series and a single meeting, read with the field named when it cannot be. */
class SeriesInputTest {

    static SeriesInput input(String firstDate, String start, List<String> excluded) {
        return new SeriesInput(null, "Samling", firstDate, start, "15:00",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261215", excluded, "Rådhuset", null);
    }

    @Test
    void datesAndTimesAreNorwegianLocal() {
        SeriesDetails details = input("2026-09-08", "13:00", List.of("2026-10-06")).details();
        assertEquals(LocalDate.parse("2026-09-08"), details.firstDate());
        assertEquals(LocalTime.of(13, 0), details.startTime());
        assertEquals(Set.of(LocalDate.parse("2026-10-06")), details.excludedDates());
    }

    @Test
    void whatCannotBeReadIsNamed() {
        assertEquals("firstDate", field(() -> input("8. september", "13:00", null).details()));
        assertEquals("start", field(() -> input("2026-09-08", "1300", null).details()));
        assertEquals("excludedDates[1]", field(() -> input("2026-09-08", "13:00",
                List.of("2026-10-06", "høstferien")).details()));
        assertEquals("date", field(() -> SeriesInput.date("date", "2026-13-01")));
        assertEquals("end", field(() -> new OccurrenceInput(false, "2026-11-19T09:00", "19.11 kl 11").endsAt()));
    }

    @Test
    void aMovedMeetingsTimesAreOsloTimeUnlessAnOffsetIsGiven() {
        OccurrenceInput moved = new OccurrenceInput(null, "2026-11-19T09:00", "2026-11-19T11:00+01:00");
        assertEquals(Instant.parse("2026-11-19T08:00:00Z"), moved.startsAt());
        assertEquals(Instant.parse("2026-11-19T10:00:00Z"), moved.endsAt());
        assertTrue(new OccurrenceInput(true, null, null).cancel());
        assertEquals(null, new OccurrenceInput(true, " ", null).startsAt());
    }

    private static String field(Runnable read) {
        return assertThrows(RuleViolation.class, read::run).field();
    }
}
