package no.samkurs.notification.outbox.boundary;

import no.samkurs.notification.outbox.control.Notices;
import no.samkurs.notification.outbox.entity.Status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the outbox: {@code total} messages with the status asked for (null: all), {@code counts} of each
 * status, whether mail is set up ({@code mail}), and the messages, newest first.
 */
public record OutboxListing(long total, int page, int size, String status, Map<String, Long> counts,
                            MailView mail, List<OutboxRow> items) {

    static OutboxListing of(Notices.Found found, Status status, int page, int size, MailView mail) {
        Map<String, Long> counts = new LinkedHashMap<>();
        found.counts().forEach((s, count) -> counts.put(OutboxInput.code(s), count));
        return new OutboxListing(found.total(), page, size, status == null ? null : OutboxInput.code(status),
                counts, mail, found.rows().stream().map(OutboxRow::of).toList());
    }
}
