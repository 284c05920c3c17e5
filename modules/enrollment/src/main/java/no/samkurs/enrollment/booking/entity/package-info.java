/**
 * The enrollment aggregate, the offering's enrollment policy, and the seat rules (capacity, fair-share seats, the
 * waitlist's order) as plain Java that tests reach without a container or a database.
 */
package no.samkurs.enrollment.booking.entity;
