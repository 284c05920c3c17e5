package no.samkurs.calendar.feed.control;

import java.time.Instant;
import java.util.List;

/**
 * One dated meeting for the calendar's views: a catalog session, or one occurrence of a series (its own times when
 * moved). {@code uid} is the feed's UID (shared by all occurrences of a series); {@code occurrenceDate} names a series
 * occurrence (its RECURRENCE-ID date), null for a session.
 */
public record Occurrence(String uid, String offeringId, String title, String sessionTitle, String kind,
                         List<String> hosts, Instant startsAt, Instant endsAt, boolean cancelled, String location,
                         String seriesId, java.time.LocalDate occurrenceDate) {
}
