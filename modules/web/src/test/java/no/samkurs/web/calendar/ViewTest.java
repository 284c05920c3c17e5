package no.samkurs.web.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ViewTest {

    @Test
    void aMonthIsItsWholeWeeksFromMonday() {
        LocalDate december = LocalDate.of(2026, 12, 17);
        assertEquals(LocalDate.of(2026, 11, 30), View.MONTH.from(december));
        assertEquals(LocalDate.of(2027, 1, 4), View.MONTH.to(december), "to Sunday 3 January, exclusive");
        assertEquals(LocalDate.of(2026, 11, 1), View.MONTH.previous(december));
        assertEquals(LocalDate.of(2027, 1, 1), View.MONTH.next(december));
    }

    @Test
    void aMonthStartingOnMondayHasNoDaysBefore() {
        LocalDate february = LocalDate.of(2027, 2, 10);
        assertEquals(DayOfWeek.MONDAY, LocalDate.of(2027, 2, 1).getDayOfWeek());
        assertEquals(LocalDate.of(2027, 2, 1), View.MONTH.from(february));
        assertEquals(LocalDate.of(2027, 3, 1), View.MONTH.to(february), "exactly four weeks");
    }

    @Test
    void everyMonthFitsTheCalendarsWidestWindow() {
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2030; d = d.plusMonths(1)) {
            long days = View.MONTH.to(d).toEpochDay() - View.MONTH.from(d).toEpochDay();
            assertEquals(0, days % 7, d.toString());
            assertEquals(true, days <= 42 && days <= no.samkurs.calendar.feed.control.Calendars.MAX_DAYS);
        }
    }

    @Test
    void aWeekRunsFromMondayAndTheListFourWeeksFromTheDate() {
        LocalDate sunday = LocalDate.of(2026, 3, 29);
        assertEquals(LocalDate.of(2026, 3, 23), View.WEEK.from(sunday));
        assertEquals(LocalDate.of(2026, 3, 30), View.WEEK.to(sunday));
        assertEquals(LocalDate.of(2026, 3, 16), View.WEEK.previous(sunday));
        assertEquals(LocalDate.of(2026, 3, 29), View.LIST.from(sunday));
        assertEquals(LocalDate.of(2026, 4, 26), View.LIST.to(sunday));
        assertEquals(LocalDate.of(2026, 4, 26), View.LIST.next(sunday));
    }

    @Test
    void theViewsAreNamedInNorwegian() {
        assertEquals(View.MONTH, View.of("maaned").orElseThrow());
        assertEquals(View.WEEK, View.of("uke").orElseThrow());
        assertEquals(View.LIST, View.of("liste").orElseThrow());
        assertEquals(true, View.of("month").isEmpty());
    }
}
