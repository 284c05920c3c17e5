package no.samkurs.web.catalog;

import no.samkurs.web.layout.Bundles;
import java.util.Locale;
import java.util.ResourceBundle;

/** The catalog pages' texts for the messages the beans write (the pages load the same bundle as {@code c}). */
final class Texts {

    static final String BUNDLE = "no.samkurs.web.catalog.texts";

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static Texts of(Locale language) {
        return new Texts(Bundles.of(BUNDLE, language));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** Why the search could not use a parameter; a general message for anything else it refused. */
    String error(String field) {
        String key = "error." + field;
        return bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("error.search");
    }
}
