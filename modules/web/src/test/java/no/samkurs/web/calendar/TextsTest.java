package no.samkurs.web.calendar;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar's words: the same keys in bokmål, nynorsk and English, each a pattern MessageFormat reads. */
class TextsTest {

    static final Locale NB = Locale.forLanguageTag("nb");
    static final Locale NN = Locale.forLanguageTag("nn");

    @Test
    void sameKeysInEveryLanguage() {
        Set<String> bokmal = new TreeSet<>(Texts.in(NB).keySet());
        assertFalse(bokmal.isEmpty());
        assertEquals(bokmal, new TreeSet<>(Texts.in(NN).keySet()), "nynorsk");
        assertEquals(bokmal, new TreeSet<>(Texts.in(Locale.ENGLISH).keySet()), "English");
    }

    @Test
    void everyTextIsAValidPatternAndReadsWell() {
        for (Locale language : new Locale[]{NB, NN, Locale.ENGLISH}) {
            ResourceBundle texts = Texts.in(language);
            texts.keySet().forEach(key -> new MessageFormat(texts.getString(key), language));
        }
        assertEquals("1 samling", MessageFormat.format(Texts.in(NB).getString("count"), 1));
        assertEquals("12 samlingar", MessageFormat.format(Texts.in(NN).getString("count"), 12));
        assertEquals("No sessions", MessageFormat.format(Texts.in(Locale.ENGLISH).getString("count"), 0));
        assertEquals("Uke 49: 30. november – 6. desember 2026", MessageFormat.format(
                Texts.in(NB).getString("period.week"), 49, "30. november", "6. desember 2026"));
    }

    @Test
    void everyParameterTheAddressCanRefuseHasItsMessage() {
        for (String parameter : new String[]{"dato", "visning", "kalender", "tema", "malgruppe", "type"}) {
            assertTrue(Texts.in(NN).containsKey("error." + parameter), parameter);
        }
    }

    @Test
    void theInstructionsNameTheMenusOfEachProgram() {
        ResourceBundle bokmal = Texts.in(NB);
        assertTrue(bokmal.getString("sub.outlookSteps").contains("Legg til kalender → Fra Internett"));
        assertTrue(bokmal.getString("sub.googleSteps").contains("Andre kalendere"));
        assertTrue(bokmal.getString("sub.googleSteps").contains("Fra URL"));
        assertTrue(bokmal.getString("sub.googleSteps").contains("én gang i døgnet"));
        assertTrue(bokmal.getString("sub.appleSteps").contains("Arkiv → Ny kalenderabonnement"));
    }
}
