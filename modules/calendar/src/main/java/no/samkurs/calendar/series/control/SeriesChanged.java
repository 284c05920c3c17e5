package no.samkurs.calendar.series.control;

/** Fired synchronously inside the transaction whenever a series changed; the calendar's events follow it. */
public record SeriesChanged(String seriesId, String offeringId) {
}
