package no.samkurs.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CredentialCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private final CredentialCache<String> cache = new CredentialCache<>(Duration.ofMinutes(2), 3);

    @Test
    void remembersACorrectCredentialForItsTimeToLive() {
        cache.put("kari@kommune.no", "riktig", "kari", T0);
        assertEquals(Optional.of("kari"), cache.get("kari@kommune.no", "riktig", T0.plusSeconds(119)));
        assertEquals(Optional.empty(), cache.get("kari@kommune.no", "riktig", T0.plusSeconds(120)));
    }

    @Test
    void anotherPasswordOrUserIsNotRemembered() {
        cache.put("kari@kommune.no", "riktig", "kari", T0);
        assertEquals(Optional.empty(), cache.get("kari@kommune.no", "Riktig", T0));
        assertEquals(Optional.empty(), cache.get("ola@kommune.no", "riktig", T0));
        // The separator keeps "ab"+"c" apart from "a"+"bc".
        cache.put("ab", "c", "x", T0);
        assertEquals(Optional.empty(), cache.get("a", "bc", T0));
    }

    @Test
    void staysWithinItsCapacity() {
        for (int i = 0; i < 10; i++) {
            cache.put("user" + i, "pw", "u" + i, T0);
        }
        assertEquals(Optional.of("u9"), cache.get("user9", "pw", T0));
        long remembered = java.util.stream.IntStream.range(0, 10)
                .filter(i -> cache.get("user" + i, "pw", T0).isPresent()).count();
        assertEquals(true, remembered <= 3, "at most the capacity is remembered, was " + remembered);
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        CredentialCache<String> off = new CredentialCache<>(Duration.ZERO, 10);
        off.put("kari@kommune.no", "riktig", "kari", T0);
        assertEquals(Optional.empty(), off.get("kari@kommune.no", "riktig", T0));
    }
}
