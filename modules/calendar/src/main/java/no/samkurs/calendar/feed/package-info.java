/**
 * Calendar events and feeds: one event per session or series, kept in step with the catalog in the same transaction,
 * rendered as iCalendar (ical4j) with stable UIDs, SEQUENCE from the offering's revision, one compact Europe/Oslo
 * VTIMEZONE, cancelled events kept until they are past; ETag/304 from one generation counter; and the occurrences in a
 * window for the calendar's views.
 */
package no.samkurs.calendar.feed;
