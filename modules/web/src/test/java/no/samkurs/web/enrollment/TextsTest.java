package no.samkurs.web.enrollment;

import no.samkurs.web.layout.Bundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enrollment pages' words: the same keys in every language, each key the pages use there, patterns sound. */
class TextsTest {

    static final Locale NB = Locale.forLanguageTag("nb");
    static final Locale NN = Locale.forLanguageTag("nn");
    static final Locale[] LANGUAGES = {NB, NN, Locale.ENGLISH};
    static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

    static ResourceBundle in(Locale language) {
        return Bundles.of(Texts.BUNDLE, language);
    }

    @Test
    void sameKeysInEveryLanguage() {
        Set<String> bokmal = new TreeSet<>(in(NB).keySet());
        assertFalse(bokmal.isEmpty());
        assertEquals(bokmal, new TreeSet<>(in(NN).keySet()), "nynorsk");
        assertEquals(bokmal, new TreeSet<>(in(Locale.ENGLISH).keySet()), "English");
    }

    @Test
    void everyKeyThePagesAskForIsThere() throws IOException {
        Pattern used = Pattern.compile("p\\['([a-zA-Z.]+)'\\]");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String page = Files.readString(file);
                if (page.contains("no.samkurs.web.enrollment.texts")) {
                    Matcher m = used.matcher(page);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(keys.size() > 50, "found the pages' keys: " + keys);
        for (Locale language : LANGUAGES) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(in(language).keySet());
            assertEquals(Set.of(), missing, language.toString());
            for (String done : ParticipantList.DONE) {
                assertTrue(in(language).containsKey("roll.done." + done), done);
            }
        }
    }

    /** A text with values is a MessageFormat pattern (an apostrophe doubled); one without is shown as written. */
    @Test
    void patternsAndPlainTextsAreWrittenEachTheirWay() {
        for (Locale language : LANGUAGES) {
            ResourceBundle texts = in(language);
            for (String key : texts.keySet()) {
                String text = texts.getString(key);
                if (text.contains("{0}")) {
                    String formatted = new MessageFormat(text, language).format(new Object[]{"X", "Y", "Z", "W"});
                    assertFalse(formatted.contains("{"), key + " in " + language + ": " + formatted);
                    assertFalse(text.replace("''", "").contains("'"), key + " has a lone apostrophe");
                } else {
                    assertFalse(text.contains("''"), key + " is shown as written, with a doubled apostrophe");
                }
            }
        }
    }

    @Test
    void eachLanguageIsItsOwn() {
        assertEquals("Meld meg på", in(NB).getString("box.enroll"));
        assertEquals("Påmeldingane mine", in(NN).getString("mine.heading"));
        assertEquals("Enroll me", in(Locale.ENGLISH).getString("box.enroll"));
        assertEquals("Du står som nummer 3 på ventelisten.", Texts.of(NB).get("box.waitlisted", 3));
        assertEquals("Full – 2 on the waiting list.", Texts.of(Locale.ENGLISH).get("box.full", 2));
    }
}
