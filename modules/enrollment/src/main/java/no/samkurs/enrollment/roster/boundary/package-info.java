/**
 * The roster API: an offering's participants (JSON or CSV) and attendance for its organisers, bulk enrollment and
 * a municipality's enrollments for its contacts. Whom a caller may not see answers 404, as if it were not there.
 */
package no.samkurs.enrollment.roster.boundary;
