package no.samkurs.notification.outbox.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A notice's delivery: sent once, retried by the rule, given up with a short reason. */
class NoticeTest {

    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    static final Retries RETRIES = new Retries(Duration.ofMinutes(1), Duration.ofHours(1), 3);

    static Notice pending() {
        return new Notice("n-1", Kind.CONFIRMED, "p-1", "o-1", "e-1", null, 2, "nb", "start:e-1:0", NOW);
    }

    @Test
    void itsMessageIdIsFixedWithIt() {
        assertEquals("<n-1@samkurs.no>", pending().messageId());
    }

    @Test
    void sentOnceAndNeverAgain() {
        Notice notice = pending();
        notice.sent(NOW.plusSeconds(5));
        assertEquals(Status.SENT, notice.status());
        assertEquals(1, notice.attempts());
        assertEquals(NOW.plusSeconds(5), notice.sentAt().orElseThrow());
        assertFalse(notice.heldBy("anyone"));
        assertThrows(IllegalStateException.class, () -> notice.sent(NOW));
        assertThrows(IllegalStateException.class, () -> notice.failed("x", false, NOW, RETRIES));
    }

    @Test
    void aPassingFailureWaitsLongerEachTimeAndEndsAfterTheLastAttempt() {
        Notice notice = pending();
        notice.failed("421 busy", false, NOW, RETRIES);
        assertEquals(Status.PENDING, notice.status());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), notice.nextAttemptAt());
        notice.failed("421 busy", false, NOW, RETRIES);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), notice.nextAttemptAt());
        notice.failed("421 still busy", false, NOW, RETRIES);
        assertEquals(Status.FAILED, notice.status());
        assertEquals(3, notice.attempts());
        assertEquals("421 still busy", notice.lastError().orElseThrow());
    }

    @Test
    void aRefusalEndsAtOnce() {
        Notice notice = pending();
        notice.failed("550 5.1.1 No such user", true, NOW, RETRIES);
        assertEquals(Status.FAILED, notice.status());
        assertEquals(1, notice.attempts());
    }

    @Test
    void theReasonIsOneShortLine() {
        Notice notice = pending();
        notice.failed("first\r\n\tat some.Stack(Trace.java:1)\n" + "x".repeat(1000), false, NOW, RETRIES);
        String reason = notice.lastError().orElseThrow();
        assertTrue(reason.startsWith("first at some.Stack(Trace.java:1) xxx"), reason);
        assertEquals(Notice.REASON_MAX, reason.length());
        assertFalse(reason.contains("\n"));
    }
}
