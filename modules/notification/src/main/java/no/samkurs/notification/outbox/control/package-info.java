/**
 * Recording and delivering the outbox. Recording happens in the transaction of the change (the enrollment's events
 * are observed in it): each change is noted in memory, and the transaction's messages are written together, one
 * read and one multi-row INSERT for a whole batch of the desk's, when the transaction stores the seat counts. The
 * SEQUENCE is decided there and then, so that the messages of one person about one offering always go up, whatever
 * order they are delivered in:
 * <p>
 * SEQUENCE = 1 + the greater of (the highest SEQUENCE the calendar's feeds show for the offering's events) and (the
 * highest SEQUENCE this enrollment's messages had so far).
 * <p>
 * So an invitation is never older than what the feeds show, and each message of an enrollment is newer than the one
 * before: confirm, then (the feed's SEQUENCE raised by) a change of the offering, then cancel, then enroll again,
 * each higher than the last. Every VEVENT of one message carries the message's SEQUENCE. The dedupe key is the
 * change's own name, {@code <step>:<enrollment>:<cycle>}, where the cycle counts the enrollment's cancellations so
 * far: the same change gives the same key, and a second row for it is never written. Rows are kept (they are
 * small): SEQUENCE and cycle are read from them.
 * <p>
 * An offering's change is recorded the same way, in its transaction, by {@code OfferingNotices} (observing the
 * calendar's {@code EventsChanged}, once the events are written, so the feeds' SEQUENCE is already the raised one):
 * one read of the offering's enrollments, then the same multi-row INSERT; the step is named by that SEQUENCE
 * ({@code changed-7}), so each change is one message per participant. A co-host invitation ({@code CoHostNotices})
 * and the digests have no enrollment: their key is {@code <step>:<person>:0}.
 * <p>
 * The sender claims due messages in the database (a conditional UPDATE sets a lease, so on several instances each
 * message goes to one of them; a lease that runs out, because its instance died, is taken again), composes each
 * and delivers it by SMTP. A message that fails is tried again later, with a growing wait, and given up after the
 * set number of attempts, with its reason; an SMTP server that cannot be reached costs no attempts: the sender
 * waits, longer each time, and gives the leases back.
 */
package no.samkurs.notification.outbox.control;
