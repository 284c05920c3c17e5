package no.samkurs.web.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WaitTest {

    @ParameterizedTest(name = "{0} ms is \"{1}\"")
    @CsvSource({"1, 1 sekund", "1000, 1 sekund", "1001, 2 sekunder", "2500, 3 sekunder", "59000, 59 sekunder",
            "59001, 1 minutt", "60000, 1 minutt", "60001, 2 minutter", "900000, 15 minutter"})
    void roundedUpInBokmal(long millis, String words) {
        assertEquals(words, Wait.of(Duration.ofMillis(millis)).inWords(Texts.in(Locale.forLanguageTag("nb"))));
    }

    @Test
    void inNynorskAndEnglish() {
        assertEquals("30 sekund", Wait.of(Duration.ofSeconds(30)).inWords(Texts.in(Locale.forLanguageTag("nn"))));
        assertEquals("15 minutt", Wait.of(Duration.ofMinutes(15)).inWords(Texts.in(Locale.forLanguageTag("nn"))));
        assertEquals("1 second", Wait.of(Duration.ofSeconds(1)).inWords(Texts.in(Locale.ENGLISH)));
        assertEquals("2 minutes", Wait.of(Duration.ofSeconds(61)).inWords(Texts.in(Locale.ENGLISH)));
    }
}
