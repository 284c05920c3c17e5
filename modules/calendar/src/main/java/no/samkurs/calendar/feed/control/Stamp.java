package no.samkurs.calendar.feed.control;

import java.time.Instant;

/** The feeds' generation and when it last rose: what ETag and Last-Modified are made from. */
public record Stamp(long generation, Instant changedAt) {

    /** The newer of the two (either may be null). */
    static Stamp later(Stamp one, Stamp other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return one.generation >= other.generation ? one : other;
    }
}
