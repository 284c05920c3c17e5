/** The enrollment API: enroll, cancel, my enrollments, an offering's enrollment policy; refusals as problems. */
package no.samkurs.enrollment.booking.boundary;
