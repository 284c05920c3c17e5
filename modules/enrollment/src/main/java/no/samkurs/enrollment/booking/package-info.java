/** Enrolling, cancelling, the waitlist and fair-share seats. */
package no.samkurs.enrollment.booking;
