/**
 * The notification delivery benchmark (issue 11), used by {@code modules/benchmark/notification.sh} after the
 * enrollment burst of {@link no.samkurs.benchmark.enrollment}: a local SMTP server that records when each message
 * arrived, and the check of what arrived against the outbox, with the delivery rate and the delays.
 */
package no.samkurs.benchmark.notification;
