package no.samkurs.calendar.series.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One meeting of a series as it will happen: the date the rule gives it (which names it), its times (its own when
 * moved), and whether it is cancelled.
 */
public record SeriesOccurrence(LocalDate date, Instant startsAt, Instant endsAt, boolean cancelled, boolean moved) {
}
