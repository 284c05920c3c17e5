package no.samkurs.web.editor;

import no.samkurs.web.layout.Bundles;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor pages' words: the same keys in bokmål, nynorsk and English, and every field and choice named. */
class TextsTest {

    static final Locale NB = Locale.forLanguageTag("nb");
    static final Locale NN = Locale.forLanguageTag("nn");

    static ResourceBundle in(Locale language) {
        return Bundles.of(EditorTexts.BUNDLE, language);
    }

    @Test
    void sameKeysInEveryLanguage() {
        Set<String> bokmal = new TreeSet<>(in(NB).keySet());
        assertFalse(bokmal.isEmpty());
        assertEquals(bokmal, new TreeSet<>(in(NN).keySet()), "nynorsk");
        assertEquals(bokmal, new TreeSet<>(in(Locale.ENGLISH).keySet()), "English");
    }

    @Test
    void everySeriesFieldAndRepetitionHasItsWords() {
        for (Locale language : new Locale[]{NB, NN, Locale.ENGLISH}) {
            for (SeriesField field : SeriesField.values()) {
                assertTrue(in(language).containsKey(field.key()), field.key());
            }
            for (Repetition repetition : Repetition.values()) {
                assertTrue(in(language).containsKey("series.repeat." + repetition.code()), repetition.code());
            }
            for (String done : SeriesEditor.DONE) {
                assertTrue(in(language).containsKey("series.done." + done), done);
            }
        }
    }

    @Test
    void theSeriesTextsAreValidPatterns() {
        for (Locale language : new Locale[]{NB, NN, Locale.ENGLISH}) {
            ResourceBundle texts = in(language);
            texts.keySet().stream().filter(k -> k.startsWith("series.") || k.startsWith("error."))
                    .forEach(key -> new MessageFormat(texts.getString(key), language));
        }
        assertEquals("Ett møte er allerede holdt og vises ikke.",
                MessageFormat.format(in(NB).getString("series.past"), 1));
        assertEquals("Første møte er en tirsdag, men du har valgt onsdag. Velg samme ukedag, eller en første dato "
                + "som passer.", MessageFormat.format(in(NB).getString("error.weekday"), "tirsdag", "onsdag"));
    }
}
