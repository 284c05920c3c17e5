package no.samkurs.calendar.feed.control;

/**
 * An offering's events changed in what the people who hold them in their calendars rely on. Fired synchronously
 * inside the transaction of the change, after the events are written, so that whatever is recorded with it (the
 * messages to participants) is kept exactly when the change is. {@code rescheduled}: an event still held moved,
 * changed its place or join link, or a new one came; {@code withdrawn}: an event was cancelled while the offering goes
 * on (a session removed, a series cancelled); {@code cancelled}: the offering itself was cancelled (all its events
 * with it). {@code sequence}: the highest SEQUENCE of the offering's events now. A change of text alone (title,
 * description) is none of these and is not announced; see {@link Rescheduling}.
 */
public record EventsChanged(String offeringId, int sequence, boolean rescheduled, boolean withdrawn,
                            boolean cancelled) {
}
