/**
 * Notifications: the mail that tells people about each change that matters to them, with calendar invitations that
 * land in their calendar (Outlook first). Owns the outbox, where each message is recorded in the transaction of the
 * change that causes it, the sender that delivers the outbox by SMTP with retries and a lease per message in the
 * database (never twice from several instances), and the messages themselves in the person's language. Builds on
 * enrollment (whose events it observes) and the calendar (whose events the invitations carry, with the same UIDs,
 * and whose announcement that an offering's events changed sends the invitation again or cancels it). Besides:
 * the messages the clock causes (reminders, thanks, the coordinators' digest of new overlaps; {@code schedule}),
 * co-host invitations (the catalog's {@code CoHostInvited}), and what a person chose to get ({@code preference}).
 */
package no.samkurs.notification;
