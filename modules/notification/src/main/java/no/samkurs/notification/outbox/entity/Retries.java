package no.samkurs.notification.outbox.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code first}, then twice as long each time up to {@code longest};
 * after {@code attempts} attempts in all, not again. The sender waits by the same rule while the SMTP server cannot
 * be reached, without counting that against the messages.
 */
public record Retries(Duration first, Duration longest, int attempts) {

    public Retries {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("Retries need a positive first wait, a longest wait no shorter, and "
                    + "at least one attempt: " + first + ", " + longest + ", " + attempts);
        }
    }

    /** The delay after the n-th failure in a row (1 for the first). */
    public Duration delay(int failures) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** When to try again after {@code made} attempts that all failed, the last at {@code now}; empty: give up. */
    public Optional<Instant> next(int made, Instant now) {
        return made >= attempts ? Optional.empty() : Optional.of(now.plus(delay(made)));
    }
}
