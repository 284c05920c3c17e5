package no.samkurs.web.calendar;

import no.samkurs.calendar.feed.control.Occurrence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DaysTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final Locale NB = Locale.forLanguageTag("nb");

    static Occurrence at(String title, LocalDateTime start, int minutes, boolean cancelled, String series) {
        return new Occurrence("uid-" + title, "id-" + title, title, null, "webinar", List.of("RVTS Vest", "KoRUS Vest"),
                start.atZone(OSLO).toInstant(), start.plusMinutes(minutes).atZone(OSLO).toInstant(), cancelled,
                null, series, series == null ? null : start.toLocalDate());
    }

    @Test
    void occurrencesLandOnTheirOsloDayInOrder() {
        LocalDate from = LocalDate.of(2026, 3, 23);
        List<Occurrence> found = List.of(
                at("early", LocalDateTime.of(2026, 3, 29, 0, 30), 60, false, null),   // 22.30 UTC the day before
                at("late", LocalDateTime.of(2026, 3, 29, 23, 30), 30, true, null),
                at("series", LocalDateTime.of(2026, 3, 30, 13, 0), 120, false, "s1"));
        List<Day> days = Days.of(from, from.plusDays(14), YearMonth.of(2026, 3), LocalDate.of(2026, 3, 29), found, NB);
        assertEquals(14, days.size());
        Day sunday = days.get(6);
        assertEquals(LocalDate.of(2026, 3, 29), sunday.date());
        assertEquals(List.of("early", "late"), sunday.entries().stream().map(Entry::title).toList());
        assertTrue(sunday.today());
        assertEquals("Søndag 29. mars 2026", sunday.label());
        assertEquals("00.30–01.30", sunday.entries().get(0).time(), "Oslo time across the change to summer time");
        assertTrue(sunday.entries().get(1).cancelled());
        assertEquals("RVTS Vest, KoRUS Vest", sunday.entries().get(1).hosts());
        assertEquals("Webinar", sunday.entries().get(1).kind());
        Day monday = days.get(7);
        assertTrue(monday.inMonth(), "30 March");
        assertFalse(days.get(9).inMonth(), "1 April is outside the month shown");
        assertTrue(monday.entries().get(0).series());
        assertEquals("13.00–15.00", monday.entries().get(0).time());
    }

    @Test
    void theMonthGridHasNumberedWeeks() {
        LocalDate from = View.MONTH.from(LocalDate.of(2026, 12, 1));
        List<Day> days = Days.of(from, View.MONTH.to(LocalDate.of(2026, 12, 1)), YearMonth.of(2026, 12),
                LocalDate.of(2026, 12, 9), List.of(), NB);
        List<Week> weeks = Days.weeks(days);
        assertEquals(5, weeks.size());
        assertEquals(49, weeks.get(0).number());
        assertEquals(53, weeks.get(4).number(), "2026 has a week 53");
        assertFalse(weeks.get(0).days().get(0).inMonth(), "30 November");
        assertTrue(weeks.get(0).days().get(1).inMonth());
    }

    @Test
    void datesInEachLanguage() {
        LocalDate date = LocalDate.of(2026, 12, 7);
        assertEquals("Mandag 7. desember 2026", Days.label(date, NB));
        assertEquals("Måndag 7. desember 2026", Days.label(date, Locale.forLanguageTag("nn")));
        assertEquals("Monday 7 December 2026", Days.label(date, Locale.ENGLISH));
        assertEquals("Desember 2026", Days.month(YearMonth.of(2026, 12), NB));
        assertEquals("December 2026", Days.month(YearMonth.of(2026, 12), Locale.ENGLISH));
        assertEquals("30. november", Days.dayAndMonth(LocalDate.of(2026, 11, 30), NB));
    }

    @Test
    void aMeetingOverMidnightIsWrittenWithBothDates() {
        var start = LocalDateTime.of(2026, 12, 7, 22, 0).atZone(OSLO).toInstant();
        assertEquals("mandag 7. desember 2026 kl. 22.00 – tirsdag 8. desember 2026 kl. 02.00",
                Entry.time(start, start.plusSeconds(4 * 3600), NB));
        assertEquals("22:00–23:00", Entry.time(start, start.plusSeconds(3600), Locale.ENGLISH));
    }
}
