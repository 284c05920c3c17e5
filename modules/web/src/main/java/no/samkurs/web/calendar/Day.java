package no.samkurs.web.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a view: its date written out for the reader ({@code label}), whether it belongs to the month shown and
 * is today, and its occurrences in start order.
 */
public record Day(LocalDate date, String label, boolean inMonth, boolean today, List<Entry> entries) {

    public int dayOfMonth() {
        return date.getDayOfMonth();
    }

    public String iso() {
        return date.toString();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
