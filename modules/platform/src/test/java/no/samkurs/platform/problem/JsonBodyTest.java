package no.samkurs.platform.problem;

import jakarta.json.JsonNumber;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonBodyTest {

    @Test
    void noBodyAndAMissingOrNullMemberAreNothing() {
        assertEquals(Optional.empty(), JsonBody.member(null, "version", "{}"));
        assertEquals(Optional.empty(), JsonBody.member("  ", "version", "{}"));
        assertEquals(Optional.empty(), JsonBody.member("{}", "version", "{}"));
        assertEquals(Optional.empty(), JsonBody.member("{\"version\": null}", "version", "{}"));
    }

    @Test
    void aMemberIsReadAsItIs() {
        assertEquals(3, ((JsonNumber) JsonBody.member("{\"version\": 3}", "version", "{}").orElseThrow()).intValue());
    }

    @Test
    void anythingButAnObjectIsAnInvalidBodyThatShowsTheExample() {
        for (String body : new String[]{"[1]", "nonsense", "{\"version\": ", "3"}) {
            RuleViolation invalid = assertThrows(RuleViolation.class,
                    () -> JsonBody.member(body, "version", "{\"version\": 3}"), body);
            assertEquals("body", invalid.field());
            assertTrue(invalid.getMessage().contains("{\"version\": 3}"), invalid.getMessage());
        }
    }
}
