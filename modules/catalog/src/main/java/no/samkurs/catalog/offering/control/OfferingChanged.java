package no.samkurs.catalog.offering.control;

/** Fired (and observed after commit) whenever an offering changed; the search index and, later, calendars follow. */
public record OfferingChanged(String offeringId) {
}
