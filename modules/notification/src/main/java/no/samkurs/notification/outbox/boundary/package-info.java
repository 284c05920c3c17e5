/**
 * The outbox API for administrators: the messages by status, newest first, with the count of each and whether mail
 * is set up at all; one message as it is (or would be) sent; and a failed message tried again.
 */
package no.samkurs.notification.outbox.boundary;
