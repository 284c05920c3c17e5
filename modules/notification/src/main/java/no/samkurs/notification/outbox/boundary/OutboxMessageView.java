package no.samkurs.notification.outbox.boundary;

import no.samkurs.notification.outbox.control.Notices;
import no.samkurs.notification.outbox.control.Preview;
import no.samkurs.notification.outbox.entity.Notice;

/**
 * One message: its delivery (as listed), what was decided when it was recorded (the calendar part's SEQUENCE, the
 * language, the place in line), and its content as the sender makes it ({@code content.problem} when it cannot).
 */
public record OutboxMessageView(OutboxRow delivery, int sequence, String language, Integer position,
                                Preview content) {

    static OutboxMessageView of(Notices.Row row, Preview content) {
        Notice n = row.notice();
        return new OutboxMessageView(OutboxRow.of(row), n.sequence(), n.language().orElse(null),
                n.position().orElse(null), content);
    }
}
