/** The series API: an offering's series under /api/offerings/{id}/series, one series and its meetings under /api/series. */
package no.samkurs.calendar.series.boundary;
