package no.samkurs.enrollment.booking.entity;

import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyTest {

    static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant START = NOW.plus(Duration.ofDays(30));
    static final Instant RELEASE = NOW.plus(Duration.ofDays(14));

    static PolicyDetails held(int seats, Instant until, Integer farKm, boolean unreached) {
        return new PolicyDetails(null, null, seats, until, farKm, unreached);
    }

    String refusedField(PolicyDetails details, Integer capacity) {
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> new Policy("o").change(details, capacity, START, NOW));
        return v.field();
    }

    @Test
    void heldSeatsAreHeldUntilTheReleaseDate() {
        Policy policy = new Policy("o");
        policy.change(held(10, RELEASE, 150, false), 40, START, NOW);
        assertEquals(10, policy.heldAt(NOW));
        assertTrue(policy.holdsSeats(RELEASE.minusSeconds(1)));
        assertEquals(0, policy.heldAt(RELEASE));
        assertTrue(policy.releaseDue(RELEASE));
        policy.release(RELEASE);
        assertFalse(policy.releaseDue(RELEASE.plusSeconds(60)));
        assertEquals(0, policy.heldAt(RELEASE.plusSeconds(60)));
    }

    @Test
    void theRulesOfAReservation() {
        assertEquals("reservedSeats", refusedField(held(10, RELEASE, 150, false), null));
        assertEquals("reservedSeats", refusedField(held(41, RELEASE, 150, false), 40));
        assertEquals("reservedUntil", refusedField(held(10, null, 150, false), 40));
        assertEquals("reservedUntil", refusedField(held(10, NOW.minusSeconds(1), 150, false), 40));
        assertEquals("reservedUntil", refusedField(held(10, START.plusSeconds(1), 150, false), 40));
        assertEquals("farKm", refusedField(held(10, RELEASE, null, false), 40));
        assertEquals("farKm", refusedField(held(10, RELEASE, 5, false), 40));
        assertEquals("reservedSeats", refusedField(held(-1, RELEASE, 150, false), 40));
        assertEquals("seatsPerMunicipality", refusedField(new PolicyDetails(null, 0, 0, null, null, false), 40));
        assertEquals("cancelDeadline", refusedField(new PolicyDetails(START.plusSeconds(1), null, 0, null, null,
                false), 40));
    }

    @Test
    void withoutHeldSeatsTheFairShareSettingsAreForgotten() {
        Policy policy = new Policy("o");
        policy.change(new PolicyDetails(NOW.plus(Duration.ofDays(20)), 3, 0, RELEASE, 150, true), 40, START, NOW);
        assertEquals(PolicyDetails.NONE.reservedSeats(), policy.reservedSeats());
        assertTrue(policy.farKm().isEmpty());
        assertFalse(policy.unreached());
        assertEquals(3, policy.seatsPerMunicipality().orElseThrow());
    }

    @Test
    void eligibilityIsFarOrNotReached() {
        Policy far = new Policy("o");
        far.change(held(5, RELEASE, 150, false), 40, START, NOW);
        assertTrue(Eligibility.eligible(far, java.util.OptionalDouble.of(151), true));
        assertFalse(Eligibility.eligible(far, java.util.OptionalDouble.of(150), false));
        assertFalse(Eligibility.eligible(far, java.util.OptionalDouble.empty(), false));
        Policy unreached = new Policy("o");
        unreached.change(held(5, RELEASE, null, true), 40, START, NOW);
        assertTrue(Eligibility.eligible(unreached, java.util.OptionalDouble.of(3), false));
        assertFalse(Eligibility.eligible(unreached, java.util.OptionalDouble.of(900), true));
    }

    @Test
    void theSeasonIsTheSchoolYear() {
        assertEquals(Instant.parse("2026-07-31T22:00:00Z"), Season.startOf(Instant.parse("2026-11-25T12:00:00Z")));
        assertEquals(Instant.parse("2025-07-31T22:00:00Z"), Season.startOf(Instant.parse("2026-07-31T12:00:00Z")));
    }
}
