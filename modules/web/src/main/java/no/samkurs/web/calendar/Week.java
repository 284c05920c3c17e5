package no.samkurs.web.calendar;

import java.util.List;

/** One row of the month grid: its ISO week number and its seven days from Monday. */
public record Week(int number, List<Day> days) {
}
