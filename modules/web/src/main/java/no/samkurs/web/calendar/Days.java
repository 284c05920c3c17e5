package no.samkurs.web.calendar;

import no.samkurs.calendar.feed.control.Occurrence;
import no.samkurs.web.layout.NorwegianTime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The days of a view with their occurrences, each on the day it starts in Oslo, and the same days as the month
 * grid's weeks. Dates are written as Norwegians write them ("Mandag 7. desember 2026"), in English "Monday 7
 * December 2026".
 */
final class Days {

    private Days() {
    }

    /** Every day in [from, to), in order; {@code month} marks the days of the month a grid shows. */
    static List<Day> of(LocalDate from, LocalDate to, YearMonth month, LocalDate today, List<Occurrence> occurrences,
                        Locale language) {
        Map<LocalDate, List<Entry>> byDay = new LinkedHashMap<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        for (Occurrence o : occurrences) {
            List<Entry> day = byDay.get(o.startsAt().atZone(NorwegianTime.OSLO).toLocalDate());
            if (day != null) {
                day.add(Entry.of(o, language));
            }
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, entries) -> days.add(new Day(date, label(date, language),
                YearMonth.from(date).equals(month), date.equals(today), List.copyOf(entries))));
        return days;
    }

    /** The days by week, Monday first; the days must begin on a Monday and be whole weeks. */
    static List<Week> weeks(List<Day> days) {
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i + 7 <= days.size(); i += 7) {
            List<Day> week = days.subList(i, i + 7);
            weeks.add(new Week(week.get(0).date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), List.copyOf(week)));
        }
        return weeks;
    }

    static String label(LocalDate date, Locale language) {
        return capitalised(pattern(language, "EEEE d. MMMM yyyy", "EEEE d MMMM yyyy").format(date));
    }

    /** "Desember 2026", "December 2026". */
    static String month(YearMonth month, Locale language) {
        return capitalised(pattern(language, "LLLL yyyy", "LLLL yyyy").format(month));
    }

    /** "30. november", "30 November": a week's first day in its heading. */
    static String dayAndMonth(LocalDate date, Locale language) {
        return pattern(language, "d. MMMM", "d MMMM").format(date);
    }

    private static DateTimeFormatter pattern(Locale language, String norwegian, String english) {
        return "en".equals(language.getLanguage()) ? DateTimeFormatter.ofPattern(english, Locale.UK)
                : DateTimeFormatter.ofPattern(norwegian, Locale.forLanguageTag(language.getLanguage()));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
