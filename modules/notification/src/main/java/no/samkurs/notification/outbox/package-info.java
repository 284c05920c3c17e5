/** The outbox: what is to be sent, recorded with the change that causes it, and its delivery. */
package no.samkurs.notification.outbox;
