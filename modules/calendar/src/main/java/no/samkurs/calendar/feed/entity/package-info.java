/**
 * The feeds' events (one per session or series, with what the feed shows of it) and the generation counter their
 * ETags are made from. CalendarEvent is the aggregate root; Generation is a single row.
 */
package no.samkurs.calendar.feed.entity;
