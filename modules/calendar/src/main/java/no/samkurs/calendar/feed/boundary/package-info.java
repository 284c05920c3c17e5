/**
 * The calendar's doors: the iCalendar feeds under /calendar (a servlet, outside the API) and the occurrences for the
 * views under /api/calendar.
 */
package no.samkurs.calendar.feed.boundary;
