package no.samkurs.web.catalog;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The catalog pages' words: the same keys in bokmål, nynorsk and English, each a pattern MessageFormat reads. */
class TextsTest {

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/no/samkurs/web/catalog/texts_" + language
                + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void sameKeysInEveryLanguage() throws IOException {
        Properties nb = bundle("nb");
        assertEquals(nb.keySet(), bundle("nn").keySet(), "nynorsk");
        assertEquals(nb.keySet(), bundle("en").keySet(), "English");
    }

    @Test
    void everyTextIsAValidPattern() throws IOException {
        for (String language : new String[]{"nb", "nn", "en"}) {
            bundle(language).forEach((key, text) -> new MessageFormat((String) text, Locale.forLanguageTag(language)));
        }
        assertEquals("Fant 1 tilbud", MessageFormat.format(bundle("nb").getProperty("search.found"), 1));
        assertEquals("Found 72 offerings", MessageFormat.format(bundle("en").getProperty("search.found"), 72));
    }

    @Test
    void everyFieldTheSearchCanRefuseHasItsOwnMessage() {
        Texts nynorsk = Texts.of(Locale.forLanguageTag("nn"));
        for (String field : new String[]{"q", "from", "to", "sort", "page", "topic", "targetGroup", "county", "kind",
                "delivery"}) {
            assertNotEquals(nynorsk.get("error.search"), nynorsk.error(field), field);
        }
        assertEquals(nynorsk.get("error.search"), nynorsk.error("status"));
    }
}
