/**
 * The outbox: what is to be sent, recorded with the change that causes it, and its delivery; for administrators,
 * what waits, was sent or failed, each message as it is sent, and a failed one tried again.
 */
package no.samkurs.notification.outbox;
