/**
 * Notifications: the mail that tells people about each change that matters to them, with calendar invitations that
 * land in their calendar (Outlook first). Owns the outbox, where each message is recorded in the transaction of the
 * change that causes it, the sender that delivers the outbox by SMTP with retries and a lease per message in the
 * database (never twice from several instances), and the messages themselves in the person's language. Builds on
 * enrollment (whose events it observes) and the calendar (whose events the invitations carry, with the same UIDs).
 */
package no.samkurs.notification;
