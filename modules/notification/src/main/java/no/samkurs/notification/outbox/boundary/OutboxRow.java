package no.samkurs.notification.outbox.boundary;

import no.samkurs.notification.outbox.control.Notices;
import no.samkurs.notification.outbox.entity.Notice;
import no.samkurs.notification.outbox.entity.Status;

import java.time.Instant;
import java.util.Locale;

/**
 * A message in the outbox as the API lists it: what it tells ({@code kind}), to whom (the person as the directory
 * has them now; null when gone), about which offering, and how its delivery stands. {@code nextAttemptAt} only while
 * it waits; {@code lastError} the last failure's reason in short. Times are ISO-8601 instants.
 */
public record OutboxRow(String id, String kind, String status, Recipient recipient, String offeringId,
                        String offeringTitle, int attempts, String nextAttemptAt, String lastError, String createdAt,
                        String sentAt, String messageId, long version) {

    public record Recipient(String personId, String email, String name) {
    }

    static OutboxRow of(Notices.Row row) {
        Notice n = row.notice();
        Recipient recipient = row.recipient() == null ? null
                : new Recipient(n.personId(), row.recipient().email(), row.recipient().name());
        return new OutboxRow(n.id(), n.kind().name().toLowerCase(Locale.ROOT), OutboxInput.code(n.status()),
                recipient, n.offeringId().orElse(null), row.offeringTitle(), n.attempts(),
                n.status() == Status.PENDING ? text(n.nextAttemptAt()) : null, n.lastError().orElse(null),
                text(n.createdAt()), n.sentAt().map(OutboxRow::text).orElse(null), n.messageId(), n.version());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
