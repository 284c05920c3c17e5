/**
 * The shared regional calendar: the catalog's sessions and recurring series of meetings, as occurrences for the
 * month, week and list views and as iCalendar feeds (per county, region and provider, and a personal feed behind a
 * secret address) that Outlook, Google and Apple calendars keep in sync; and, for regional coordinators, the
 * overlaps between offerings of different providers with their marks. Owns the calendar events (so that a removed
 * session stays in the feeds as cancelled), the series, feed tokens, follows and marks. Builds on the catalog and the
 * directory; enrollment and notifications build on it.
 */
package no.samkurs.calendar;
