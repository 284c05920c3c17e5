/**
 * One message to send ({@link no.samkurs.notification.outbox.entity.Notice}), its kind and delivery state, and the
 * retry rule. A notice holds what was decided at the change (kind, recipient, SEQUENCE, language), never the
 * rendered text: the message is composed when it is sent.
 */
package no.samkurs.notification.outbox.entity;
