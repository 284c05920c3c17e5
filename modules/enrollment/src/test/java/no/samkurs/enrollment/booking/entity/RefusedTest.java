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
            Refused refused = reason == Refusal.MUNICIPALITY_FULL ? new Refused(reason, 2) : new Refused(reason, "x", "y");
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
    void aMunicipalitysSeatsAreCountedInWords() {
        assertEquals("Kommunen din har allerede brukt sin ene plass i dette tilbudet. Snakk med kommunekontakten din.",
                new Refused(Refusal.MUNICIPALITY_FULL, 1).message(Locale.forLanguageTag("nb")));
        assertEquals("Kommunen din har allerede brukt sine 3 plasser i dette tilbudet. Snakk med kommunekontakten din.",
                new Refused(Refusal.MUNICIPALITY_FULL, 3).message(Locale.forLanguageTag("nb")));
        assertEquals("Kommunen din har alt brukt den eine plassen sin i dette tilbodet. Snakk med kommunekontakten din.",
                new Refused(Refusal.MUNICIPALITY_FULL, 1).message(Locale.forLanguageTag("nn")));
        assertEquals("Your municipality has already used its 3 seats in this offering. Talk to your municipal contact.",
                new Refused(Refusal.MUNICIPALITY_FULL, 3).message(Locale.ENGLISH));
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
