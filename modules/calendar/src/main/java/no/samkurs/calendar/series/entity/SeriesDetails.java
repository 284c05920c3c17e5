package no.samkurs.calendar.series.entity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What an editor writes about a series, already parsed: Norwegian local times on the first date, an RRULE value,
 * the dates it skips, and where and how to meet. The series checks the rules.
 */
public record SeriesDetails(String title, LocalDate firstDate, LocalTime startTime, LocalTime endTime, String rule,
                            Set<LocalDate> excludedDates, String location, String joinUrl) {
}
