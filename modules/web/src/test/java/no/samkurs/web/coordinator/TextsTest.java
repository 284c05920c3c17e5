package no.samkurs.web.coordinator;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coordinator pages' words: the same keys in bokmål, nynorsk and English, each a pattern MessageFormat reads. */
class TextsTest {

    static final Locale NB = Locale.forLanguageTag("nb");
    static final Locale NN = Locale.forLanguageTag("nn");

    @Test
    void sameKeysInEveryLanguage() {
        Set<String> bokmal = new TreeSet<>(CoordinatorTexts.in(NB).keySet());
        assertFalse(bokmal.isEmpty());
        assertEquals(bokmal, new TreeSet<>(CoordinatorTexts.in(NN).keySet()), "nynorsk");
        assertEquals(bokmal, new TreeSet<>(CoordinatorTexts.in(Locale.ENGLISH).keySet()), "English");
    }

    @Test
    void everyTextIsAValidPatternAndEveryMarkAndDoneHasItsWords() {
        for (Locale language : new Locale[]{NB, NN, Locale.ENGLISH}) {
            ResourceBundle texts = CoordinatorTexts.in(language);
            texts.keySet().forEach(key -> new MessageFormat(texts.getString(key), language));
            for (String state : new String[]{"coordinated", "conflict"}) {
                assertTrue(texts.containsKey("overlaps.state." + state), state);
            }
            for (String done : OverlapsPage.DONE) {
                assertTrue(texts.containsKey("overlaps.done." + done), done);
            }
        }
        assertEquals("Ett overlappende par i Statsforvalteren i Troms og Finnmark", MessageFormat.format(
                CoordinatorTexts.in(NB).getString("overlaps.count"), 1, "Statsforvalteren i Troms og Finnmark"));
        assertEquals("Øktene ligger 4 dager fra hverandre",
                MessageFormat.format(CoordinatorTexts.in(NB).getString("overlaps.reason.days"), 4));
        assertEquals("Øktene er samme dag",
                MessageFormat.format(CoordinatorTexts.in(NB).getString("overlaps.reason.days"), 0));
    }
}
