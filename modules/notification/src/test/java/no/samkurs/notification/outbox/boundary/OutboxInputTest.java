package no.samkurs.notification.outbox.boundary;

import jakarta.json.JsonString;
import no.samkurs.notification.outbox.entity.Status;
import no.samkurs.platform.problem.Problem;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The outbox API's input: a status by its code, a page within bounds, the version of an optional body. */
class OutboxInputTest {

    @Test
    void aStatusIsNamedByItsCodeAndNoneMeansAll() {
        assertEquals(Status.PENDING, OutboxInput.status("pending"));
        assertEquals(Status.FAILED, OutboxInput.status(" FAILED "));
        assertNull(OutboxInput.status(null));
        assertNull(OutboxInput.status(""));
    }

    @Test
    void anUnknownStatusIsRefusedWithTheAllowedValues() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> OutboxInput.status("venter"));
        assertEquals("status", refused.field());
        Problem problem = refused.toProblem();
        assertEquals(400, problem.status());
        assertEquals(List.of("pending", "sent", "failed"), problem.toJson(Locale.ENGLISH)
                .getJsonArray("allowedValues").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList());
        assertEquals("Bad request", problem.toJson(Locale.ENGLISH).getString("title"), "in the caller's language");
    }

    @Test
    void pagesStartAtOneAndHoldAtMostAHundred() {
        OutboxInput.paging(1, 100);
        assertEquals("page", assertThrows(RuleViolation.class, () -> OutboxInput.paging(0, 20)).field());
        assertEquals("size", assertThrows(RuleViolation.class, () -> OutboxInput.paging(1, 101)).field());
        assertEquals("size", assertThrows(RuleViolation.class, () -> OutboxInput.paging(1, 0)).field());
    }

    @Test
    void theVersionComesFromAnOptionalBody() {
        assertNull(OutboxInput.version(null));
        assertNull(OutboxInput.version(" "));
        assertNull(OutboxInput.version("{}"));
        assertEquals(3L, OutboxInput.version("{\"version\": 3}"));
        assertEquals("version", assertThrows(RuleViolation.class, () -> OutboxInput.version("{\"version\": \"tre\"}"))
                .field());
        assertEquals("body", assertThrows(RuleViolation.class, () -> OutboxInput.version("[1]")).field());
    }
}
