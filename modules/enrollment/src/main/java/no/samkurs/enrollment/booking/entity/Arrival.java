package no.samkurs.enrollment.booking.entity;

import java.time.Instant;

/**
 * A request for a seat as it reaches the desk: who, where they work (municipality number and service code, for the
 * statistics), the caller's idempotency key, who sent it (the person, or a municipal contact enrolling colleagues)
 * and when it came. {@code tieBreaker} orders requests that came in the same instant on one instance. Whether the
 * municipality may use fair-share seats the desk finds out itself, under the offering's lock.
 */
public record Arrival(String offeringId, String personId, String municipality, String service,
                      String idempotencyKey, String enrolledBy, Instant receivedAt, long tieBreaker) {
}
