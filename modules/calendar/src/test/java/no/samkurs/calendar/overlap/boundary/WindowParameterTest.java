package no.samkurs.calendar.overlap.boundary;

import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The window query parameter: days as a whole number, 14 when left out, 400 naming it when not a number. */
class WindowParameterTest {

    @Test
    void leftOutItIsTwoWeeks() {
        assertEquals(14, OverlapsResource.window(null));
        assertEquals(14, OverlapsResource.window(" "));
    }

    @Test
    void aNumberIsTakenAsDays() {
        assertEquals(30, OverlapsResource.window("30"));
        assertEquals(-1, OverlapsResource.window("-1"), "the range is the control's to check");
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        for (String text : new String[]{"two", "1.5", "99999999999"}) {
            RuleViolation refusal = assertThrows(RuleViolation.class, () -> OverlapsResource.window(text));
            assertEquals(RuleViolation.Kind.INVALID, refusal.kind());
            assertEquals("window", refusal.field());
        }
    }
}
