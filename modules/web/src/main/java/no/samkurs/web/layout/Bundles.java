package no.samkurs.web.layout;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Loads a page area's texts for the beans (the pages load the same bundle with {@code f:loadBundle}). Without a
 * fallback to the JVM's own locale: the bundles are named _nb, _nn and _en, and a server whose default locale is
 * English must not answer a bokmål reader in English.
 */
public final class Bundles {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    public static ResourceBundle of(String baseName, Locale language) {
        return ResourceBundle.getBundle(baseName, language, NO_FALLBACK);
    }
}
