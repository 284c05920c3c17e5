/**
 * Keeping the events in step with the catalog and the series (in their transactions, and at start-up for what is
 * behind), announcing when that changed what participants' calendars hold ({@code EventsChanged}, for their
 * messages), the feeds' generation, rendering feeds with ical4j, and the views' occurrences.
 */
package no.samkurs.calendar.feed.control;
