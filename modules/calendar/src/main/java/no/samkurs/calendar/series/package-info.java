/**
 * Recurring series of meetings (RFC 5545 RRULE with excluded dates) of an offering, whose single occurrences may be
 * moved or cancelled; editors of the offering's hosts create and change them.
 */
package no.samkurs.calendar.series;
