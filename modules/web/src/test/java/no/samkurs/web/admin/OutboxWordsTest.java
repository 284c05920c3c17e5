package no.samkurs.web.admin;

import no.samkurs.notification.outbox.entity.Kind;
import no.samkurs.notification.outbox.entity.Status;
import no.samkurs.web.layout.Bundles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin pages' words in three languages, every kind and status of message among them, and the outbox's address. */
class OutboxWordsTest {

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"),
            Locale.ENGLISH);

    static ResourceBundle bundle(Locale language) {
        return Bundles.of(AdminTexts.BUNDLE, language);
    }

    @Test
    void bokmalNynorskAndEnglishHaveTheSameKeys() {
        Set<String> bokmal = new TreeSet<>(bundle(LANGUAGES.get(0)).keySet());
        assertEquals(bokmal, new TreeSet<>(bundle(LANGUAGES.get(1)).keySet()));
        assertEquals(bokmal, new TreeSet<>(bundle(LANGUAGES.get(2)).keySet()));
    }

    @Test
    void everyKindAndStatusOfMessageHasWordsInEachLanguage() {
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = bundle(language);
            for (Kind kind : Kind.values()) {
                assertTrue(bundle.containsKey("outbox.kind." + kind.name()), kind + " in " + language);
                assertFalse(OutboxWords.words(bundle, kind).isBlank());
            }
            for (Status status : Status.values()) {
                assertTrue(bundle.containsKey("outbox.status." + status.name()), status + " in " + language);
            }
        }
        assertEquals("Bekreftelse", OutboxWords.words(bundle(LANGUAGES.get(0)), Kind.CONFIRMED));
        assertEquals("Stadfesting", OutboxWords.words(bundle(LANGUAGES.get(1)), Kind.CONFIRMED));
        assertEquals("Confirmation", OutboxWords.words(bundle(LANGUAGES.get(2)), Kind.CONFIRMED));
    }

    @Test
    void theBannerSaysInBokmalThatNothingIsSent() {
        assertEquals("E-post er ikke satt opp: meldingene blir liggende her og sendes ikke.",
                bundle(LANGUAGES.get(0)).getString("outbox.notConfigured"));
    }

    @Test
    void eachStatusHasAWordInTheAddressAndAnyOtherWordShowsThemAll() {
        for (Status status : Status.values()) {
            assertEquals(status, OutboxWords.fromAddress(OutboxWords.ADDRESS.get(status)).orElseThrow());
        }
        assertEquals(Status.FAILED, OutboxWords.fromAddress(" Feilet ").orElseThrow());
        assertTrue(OutboxWords.fromAddress("failed").isEmpty());
        assertTrue(OutboxWords.fromAddress(null).isEmpty());
    }

    @Test
    void aVersionThatIsNoNumberMatchesNoVersion() {
        assertEquals(4L, OutboxMessage.version(" 4 "));
        assertEquals(null, OutboxMessage.version(""));
        assertEquals(-1L, OutboxMessage.version("fire"));
    }
}
