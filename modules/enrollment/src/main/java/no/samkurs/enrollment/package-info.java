/**
 * Enrollment: who gets a seat in an offering, who waits and in which order, and what the providers do with it. Owns
 * the enrollments (confirmed, waitlisted, cancelled), each offering's enrollment policy (cancellation deadline, seats
 * per municipality, fair-share seats held for far or not yet reached municipalities), attendance, and the events
 * that tell the rest of Samkurs about each change after it commits. Seats are decided under the offering's row lock
 * in the database, so that no number of instances can overbook. Builds on the catalog and the directory; the
 * calendar (join links for participants), notifications and insight build on it.
 */
package no.samkurs.enrollment;
