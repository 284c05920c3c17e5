package no.samkurs.web.enrollment;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServicesTest {

    @Test
    void aServiceIsWrittenByCodeOrByItsNameInAnyOfOurLanguages() {
        assertEquals("school", Services.code("school"));
        assertEquals("school", Services.code(" Skole "));
        assertEquals("school", Services.code("skule"));
        assertEquals("child-welfare", Services.code("Child welfare service"));
        assertEquals("astrologi", Services.code("astrologi"), "left for the rules to refuse");
        assertNull(Services.code(" "));
    }

    @Test
    void theChoicesAreNamedInTheLanguageWithTheLastOneChosen() {
        var choices = Services.choices(Locale.forLanguageTag("nn"), "ppt");
        assertEquals("Barnehage", choices.get(0).label());
        assertTrue(choices.stream().filter(Services.Choice::selected).allMatch(c -> c.code().equals("ppt")));
        assertEquals(1, choices.stream().filter(Services.Choice::selected).count());
        assertEquals("Skule", Services.label("school", Locale.forLanguageTag("nn")));
        assertEquals("ukjent", Services.label("ukjent", Locale.ENGLISH));
    }
}
