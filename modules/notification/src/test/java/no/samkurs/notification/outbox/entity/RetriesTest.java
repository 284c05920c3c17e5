package no.samkurs.notification.outbox.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The retry rule: doubling waits up to the longest, and no attempt after the last. */
class RetriesTest {

    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    final Retries retries = new Retries(Duration.ofMinutes(1), Duration.ofMinutes(30), 8);

    @Test
    void theWaitDoublesUpToTheLongest() {
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L), IntStream.rangeClosed(1, 7)
                .mapToObj(n -> retries.delay(n).toMinutes()).toList());
        assertEquals(Duration.ofMinutes(30), retries.delay(1000), "no overflow however long it fails");
    }

    @Test
    void afterTheLastAttemptThereIsNoNext() {
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(1))), retries.next(1, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(30))), retries.next(7, NOW));
        assertEquals(Optional.empty(), retries.next(8, NOW));
    }

    @Test
    void aRuleThatCouldNotWorkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Retries(Duration.ZERO, Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new Retries(Duration.ofMinutes(5), Duration.ofMinutes(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new Retries(Duration.ofMinutes(1), Duration.ofMinutes(5), 0));
    }
}
