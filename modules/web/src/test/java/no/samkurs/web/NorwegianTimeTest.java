package no.samkurs.web;

import no.samkurs.web.layout.NorwegianTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NorwegianTimeTest {

    private static final Instant WINTER = Instant.parse("2026-12-23T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2027-06-14T07:30:00Z");

    @Test
    void bokmalWithA24HourClockInOsloTime() {
        assertEquals("onsdag 23. desember 2026 kl. 13.00", NorwegianTime.dateTime(WINTER, Locale.forLanguageTag("nb")));
        assertEquals("mandag 14. juni 2027 kl. 09.30", NorwegianTime.dateTime(SUMMER, Locale.forLanguageTag("nb")),
                "summer time is UTC+2");
    }

    @Test
    void nynorskHasItsOwnWeekdays() {
        assertEquals("onsdag 23. desember 2026 kl. 13.00", NorwegianTime.dateTime(WINTER, Locale.forLanguageTag("nn")));
        assertEquals("måndag 14. juni 2027 kl. 09.30", NorwegianTime.dateTime(SUMMER, Locale.forLanguageTag("nn")));
    }

    @Test
    void englishStillInOsloTime() {
        assertEquals("Wednesday 23 December 2026 at 13:00", NorwegianTime.dateTime(WINTER, Locale.ENGLISH));
    }

    @Test
    void aSpanWithinOneDayNamesTheDayOnce() {
        assertEquals("onsdag 23. desember 2026 kl. 13.00–14.30", NorwegianTime.span(WINTER,
                WINTER.plusSeconds(5400), Locale.forLanguageTag("nb")));
    }

    @Test
    void anUnknownLanguageFallsBackToBokmal() {
        assertEquals("onsdag 23. desember 2026", NorwegianTime.date(WINTER, Locale.GERMAN));
    }
}
