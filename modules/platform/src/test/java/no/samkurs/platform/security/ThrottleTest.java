package no.samkurs.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private final Throttle throttle = new Throttle(new Throttle.Policy(3, Duration.ofSeconds(2), Duration.ofMinutes(1),
            Duration.ofHours(1), 100));

    @Test
    void theFirstFailuresAreFree() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttle.failed("account:a", T0));
        }
        assertEquals(Duration.ZERO, throttle.pause("account:a", T0));
    }

    @Test
    void eachFurtherFailureDoublesThePauseUpToTheLongest() {
        failTimes("k", 3);
        assertEquals(Duration.ofSeconds(2), throttle.failed("k", T0));
        assertEquals(Duration.ofSeconds(4), throttle.failed("k", T0));
        assertEquals(Duration.ofSeconds(8), throttle.failed("k", T0));
        failTimes("k", 10);
        assertEquals(Duration.ofMinutes(1), throttle.pause("k", T0));
    }

    @Test
    void thePauseCountsFromTheLastFailure() {
        failTimes("k", 4);
        assertEquals(Duration.ofSeconds(1), throttle.pause("k", T0.plusSeconds(1)));
        assertEquals(Duration.ZERO, throttle.pause("k", T0.plusSeconds(2)));
    }

    @Test
    void aSuccessForgetsTheFailures() {
        failTimes("k", 5);
        throttle.succeeded("k");
        assertEquals(Duration.ZERO, throttle.pause("k", T0));
        assertEquals(0, throttle.failures("k"));
    }

    @Test
    void failuresAreForgottenLongAfterTheLastOne() {
        failTimes("k", 5);
        Instant later = T0.plus(Duration.ofHours(1)).plusSeconds(1);
        assertEquals(Duration.ZERO, throttle.pause("k", later));
        assertEquals(Duration.ZERO, throttle.failed("k", later));
        assertEquals(1, throttle.failures("k"));
    }

    @Test
    void keysDoNotAffectEachOther() {
        failTimes("account:a", 6);
        assertEquals(Duration.ZERO, throttle.pause("account:b", T0));
    }

    @Test
    void memoryStaysBoundedAndPausedKeysAreKeptLongest() {
        failTimes("paused", 5);
        for (int i = 0; i < 500; i++) {
            throttle.failed("address:" + i, T0);
        }
        assertEquals(5, throttle.failures("paused"));
        assertEquals(Duration.ofSeconds(4), throttle.pause("paused", T0));
    }

    private void failTimes(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key, T0);
        }
    }
}
