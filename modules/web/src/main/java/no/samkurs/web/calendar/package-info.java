/**
 * The public calendar ({@code /kalender}): the occurrences of a county's, a region's or a provider's offerings in a
 * month grid, a week or a list by day, narrowed by the catalog's topics, target groups and kinds through a plain
 * GET form, and the subscribe panel with the matching iCalendar feed's addresses. It asks the calendar component
 * ({@code Calendars}) as the signed-in person or a visitor, so the catalog's visibility rule decides what is shown.
 */
package no.samkurs.web.calendar;
