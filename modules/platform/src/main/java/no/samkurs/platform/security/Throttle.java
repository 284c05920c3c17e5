package no.samkurs.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per key (an account, a client address) and says how long that key must wait before it
 * may try again: a few failures are free, then each further failure doubles the pause, up to a longest pause. A
 * key's failures are forgotten some time after its last one, or at once after a success. The pause grows rather
 * than locking the account, so that someone guessing cannot shut its owner out for long.
 */
public final class Throttle {

    /** How a throttle behaves; {@code keys} bounds its memory whatever the number of addresses it sees. */
    public record Policy(int freeFailures, Duration firstPause, Duration longestPause, Duration forgetAfter, int keys) {
    }

    private record Failures(int count, Instant last) {
    }

    private final Policy policy;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public Throttle(Policy policy) {
        this.policy = policy;
    }

    /** How long the key must still wait; zero when it may try now. */
    public Duration pause(String key, Instant now) {
        Failures known = failures.get(key);
        return known == null ? Duration.ZERO : remaining(known, now);
    }

    /** Records one more failure and returns the pause it now has. */
    public Duration failed(String key, Instant now) {
        if (failures.size() >= policy.keys() && !failures.containsKey(key) && !makeRoom(now)) {
            return Duration.ZERO;
        }
        Failures updated = failures.compute(key, (k, known) ->
                known == null || forgotten(known, now) ? new Failures(1, now) : new Failures(known.count() + 1, now));
        return remaining(updated, now);
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    public int failures(String key) {
        Failures known = failures.get(key);
        return known == null ? 0 : known.count();
    }

    private Duration remaining(Failures known, Instant now) {
        int beyond = known.count() - policy.freeFailures();
        if (beyond <= 0 || forgotten(known, now)) {
            return Duration.ZERO;
        }
        Duration pause = policy.firstPause().multipliedBy(1L << Math.min(beyond - 1, 30));
        if (pause.compareTo(policy.longestPause()) > 0) {
            pause = policy.longestPause();
        }
        Duration left = Duration.between(now, known.last().plus(pause));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private boolean forgotten(Failures known, Instant now) {
        return known.last().plus(policy.forgetAfter()).isBefore(now);
    }

    /**
     * Full: forget what is old, then the keys that are not paused yet. If every key is paused (a flood from more
     * addresses than we keep), the new key goes uncounted; the bound on concurrent password checks still holds.
     */
    private boolean makeRoom(Instant now) {
        failures.values().removeIf(f -> forgotten(f, now));
        if (failures.size() >= policy.keys()) {
            failures.values().removeIf(f -> f.count() <= policy.freeFailures());
        }
        return failures.size() < policy.keys();
    }
}
