package no.samkurs.web.calendar;

import no.samkurs.web.layout.Bundles;

import java.util.Locale;
import java.util.ResourceBundle;

/** The calendar page's texts for what the bean writes; the page loads the same bundle as {@code kal}. */
final class Texts {

    static final String BUNDLE = "no.samkurs.web.calendar.texts";

    private Texts() {
    }

    static ResourceBundle in(Locale language) {
        return Bundles.of(BUNDLE, language);
    }
}
