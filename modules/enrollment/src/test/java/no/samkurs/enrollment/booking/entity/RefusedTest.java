package no.samkurs.enrollment.booking.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusedTest {

    @Test
    void everyReasonIsSaidInBokmalNynorskAndEnglish() {
        for (Refusal reason : Refusal.values()) {
            Refused refused = new Refused(reason, "x", "y");
            String nb = refused.message(Locale.forLanguageTag("nb"));
            String nn = refused.message(Locale.forLanguageTag("nn"));
            String en = refused.message(Locale.ENGLISH);
            assertFalse(nb.isBlank(), reason.name());
            assertNotEquals(nb, en, reason + " has an English text");
            assertEquals(nb, refused.getMessage());
            assertTrue(reason.status() == 403 || reason.status() == 404 || reason.status() == 409
                    || reason.status() == 422 || reason.status() == 503, reason.name());
            assertFalse(nn.contains("{"), nn);
        }
    }

    @Test
    void datesAreNorwegianTimeInWords() {
        Instant opens = Instant.parse("2026-12-01T08:00:00Z");
        assertEquals("Påmeldingen åpner 1. desember 2026 kl. 09:00.",
                new Refused(Refusal.NOT_OPEN_YET, opens).message(Locale.forLanguageTag("nb")));
        assertEquals("Enrollment opens 1 December 2026 at 09:00.",
                new Refused(Refusal.NOT_OPEN_YET, opens).message(Locale.ENGLISH));
        assertEquals("closed", Refusal.CLOSED.code());
        assertEquals("not-open-yet", Refusal.NOT_OPEN_YET.code());
    }
}
