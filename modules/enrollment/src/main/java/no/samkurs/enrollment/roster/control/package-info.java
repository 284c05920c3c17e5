/**
 * The roster use cases: the participant list and its spreadsheet, recording attendance per session, bulk enrollment
 * by a municipal contact (checked row by row, then sent to booking's desk together), a municipality's enrollments.
 */
package no.samkurs.enrollment.roster.control;
