/** Use cases on series: plan, change, move or cancel one meeting, restore it, cancel the series; announced as {@link no.samkurs.calendar.series.control.SeriesChanged}. */
package no.samkurs.calendar.series.control;
