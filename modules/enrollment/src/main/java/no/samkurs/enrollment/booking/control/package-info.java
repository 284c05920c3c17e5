/**
 * The enrollment use cases: the desk that admits batches of arrivals under the offering's row lock, the lanes that
 * gather concurrent requests into those batches, cancelling and promoting, fair-share eligibility and release.
 */
package no.samkurs.enrollment.booking.control;
