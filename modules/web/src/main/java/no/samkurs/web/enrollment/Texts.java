package no.samkurs.web.enrollment;

import no.samkurs.web.layout.Bundles;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The enrollment pages' texts for what the beans say themselves (the pages load the same bundle as {@code p}). */
final class Texts {

    static final String BUNDLE = "no.samkurs.web.enrollment.texts";

    private final ResourceBundle bundle;
    private final Locale language;

    private Texts(ResourceBundle bundle, Locale language) {
        this.bundle = bundle;
        this.language = language;
    }

    static Texts of(Locale language) {
        return new Texts(Bundles.of(BUNDLE, language), language);
    }

    String get(String key, Object... values) {
        String text = bundle.getString(key);
        return values.length == 0 ? text : new MessageFormat(text, language).format(values);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    Locale language() {
        return language;
    }
}
