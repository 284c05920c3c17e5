package no.samkurs.web.editor;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Excluded dates as editors write them: dates in both forms, and periods that stand for the meetings in them. */
class ExcludedDatesTest {

    static final List<LocalDate> TUESDAYS = List.of(LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 29),
            LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 13));

    @Test
    void datesOnePerLineInEitherForm() {
        ExcludedDates.Result read = ExcludedDates.read("2026-10-06\n\n  13.10.2026 \r\n", TUESDAYS);
        assertFalse(read.failed());
        assertEquals(Set.of(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 13)), read.dates());
    }

    @Test
    void aPeriodSkipsTheMeetingsInIt() {
        for (String period : List.of("2026-09-28 – 2026-10-09", "2026-09-28-2026-10-09", "28.09.2026 til 09.10.2026")) {
            ExcludedDates.Result read = ExcludedDates.read(period, TUESDAYS);
            assertEquals(new TreeSet<>(List.of(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 6))), read.dates(),
                    period);
        }
    }

    @Test
    void whatCannotBeReadIsNamed() {
        assertEquals("error.excludedLine", ExcludedDates.read("2026-10-06\nhøstferien", TUESDAYS).error());
        assertEquals("høstferien", ExcludedDates.read("2026-10-06\nhøstferien", TUESDAYS).line());
        assertEquals("error.excludedLine", ExcludedDates.read("2026-02-30", TUESDAYS).error(), "no such day");
        assertEquals("error.excludedOrder", ExcludedDates.read("2026-10-09 – 2026-09-28", TUESDAYS).error());
        assertEquals("error.excludedEmpty", ExcludedDates.read("2026-11-01 – 2026-11-07", TUESDAYS).error());
    }

    @Test
    void nothingWrittenIsNothingExcluded() {
        assertEquals(Set.of(), ExcludedDates.read(null, TUESDAYS).dates());
        assertEquals(Set.of(), ExcludedDates.read("  \n ", TUESDAYS).dates());
    }
}
