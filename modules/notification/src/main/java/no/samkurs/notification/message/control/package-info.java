/**
 * Composing a notice into a MIME message when it is sent: the facts read then ({@link
 * no.samkurs.notification.message.control.Letters}), the texts from the bundles (bokmål, nynorsk, English, by the
 * person's language, bokmål when none is chosen), a multipart/alternative of text/plain and text/html and, for a
 * message with a calendar method, a third alternative {@code text/calendar; method=REQUEST|CANCEL} (iMIP, RFC 6047),
 * which is where Outlook looks for it.
 * <p>
 * The calendar part is made of the calendar's own VEVENTs ({@code VEvents.of}), so each event has the UID the feeds
 * give it; the invitation sets on each what scheduling needs: SEQUENCE (the notice's, see the outbox), DTSTAMP (when
 * the notice was recorded), ORGANIZER (the lead provider's name with the configured sender address, since organisations
 * have no address of their own yet), ATTENDEE (the participant, REQ-PARTICIPANT, ACCEPTED when invited), the
 * description in the person's language with the join link for a confirmed participant (as in their personal feed), and
 * STATUS:CANCELLED in a CANCEL: for its one recipient the event is cancelled (RFC 5546 leaves STATUS out when only some
 * attendees are removed; clients that read STATUS rather than METHOD remove the event either way). One VEVENT per
 * session, all in one message (a series is one VEVENT with its RRULE and overrides); a REQUEST leaves out sessions that
 * are cancelled.
 * <p>
 * What a kind tells besides the offering ({@link no.samkurs.notification.message.control.Particulars}) is read when
 * it is sent, like the rest: a reminder's session (its time now, its join link), the recordings for the thanks, the
 * reason of a cancellation, the invited organisation and the page to answer on, a digest's pairs with their titles.
 * A digest is the one message without an offering.
 * <p>
 * Every value from the catalog or the directory is escaped in HTML, and header values (subject, display names)
 * lose their control characters before Jakarta Mail encodes them, so a hostile title can neither add markup nor a
 * header.
 */
package no.samkurs.notification.message.control;
