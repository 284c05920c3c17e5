package no.samkurs.web.account;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    @Test
    void bokmalNynorskAndEnglishHaveTheSameKeys() {
        Set<String> bokmal = new TreeSet<>(Texts.in(Locale.forLanguageTag("nb")).keySet());
        assertFalse(bokmal.isEmpty());
        assertEquals(bokmal, new TreeSet<>(Texts.in(Locale.forLanguageTag("nn")).keySet()));
        assertEquals(bokmal, new TreeSet<>(Texts.in(Locale.ENGLISH).keySet()));
    }

    @Test
    void eachLanguageIsItsOwn() {
        assertEquals("Min side", Texts.in(Locale.forLanguageTag("nb")).getString("account.title"));
        assertEquals("Mi side", Texts.in(Locale.forLanguageTag("nn")).getString("account.title"));
        assertEquals("My page", Texts.in(Locale.ENGLISH).getString("account.title"));
        assertTrue(Texts.in(Locale.forLanguageTag("nb")).getString("signIn.wrong").startsWith("Feil e-postadresse"));
    }
}
