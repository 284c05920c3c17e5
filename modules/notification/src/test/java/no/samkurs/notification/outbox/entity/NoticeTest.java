package no.samkurs.notification.outbox.entity;

import org.junit.jupiter.api.Test;

import no.samkurs.platform.problem.RuleViolation;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A notice's delivery: sent once, retried by the rule, given up with a short reason, tried again by hand. */
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

    @Test
    void aFailedMessageTriedAgainIsDueNowWithEveryAttemptAndItsLastReason() {
        Notice notice = pending();
        notice.failed("421 busy", false, NOW, RETRIES);
        notice.failed("421 busy", false, NOW, RETRIES);
        notice.failed("421 still busy", false, NOW, RETRIES);
        Instant later = NOW.plus(Duration.ofDays(1));
        notice.retry(later);
        assertEquals(Status.PENDING, notice.status());
        assertEquals(later, notice.nextAttemptAt());
        assertEquals(0, notice.attempts());
        assertEquals("421 still busy", notice.lastError().orElseThrow(), "the reason stays until the next outcome");
        assertTrue(notice.claimedBy().isEmpty());
        notice.failed("421 busy again", false, later, RETRIES);
        assertEquals(Status.PENDING, notice.status(), "not given up at the first failure: the attempts start over");
        notice.sent(later.plusSeconds(60));
        assertEquals(Status.SENT, notice.status());
        assertTrue(notice.lastError().isEmpty());
    }

    @Test
    void onlyAFailedMessageIsTriedAgain() {
        Notice waiting = pending();
        RuleViolation stillPending = assertThrows(RuleViolation.class, () -> waiting.retry(NOW));
        assertEquals(RuleViolation.Kind.CONFLICT, stillPending.kind());
        assertTrue(stillPending.getMessage().contains("venter"), stillPending.getMessage());
        Notice sent = pending();
        sent.sent(NOW);
        RuleViolation alreadySent = assertThrows(RuleViolation.class, () -> sent.retry(NOW));
        assertTrue(alreadySent.getMessage().contains("er sendt"), alreadySent.getMessage());
        assertEquals(Status.SENT, sent.status(), "a sent message is never sent again");
    }
}
