package no.samkurs.web.coordinator;

import no.samkurs.web.layout.Bundles;

import java.util.Locale;
import java.util.ResourceBundle;

/** The coordinator pages' texts (the bundle the pages load as {@code ko}) for what the beans say themselves. */
final class CoordinatorTexts {

    static final String BUNDLE = "no.samkurs.web.coordinator.texts";

    private CoordinatorTexts() {
    }

    static ResourceBundle in(Locale language) {
        return Bundles.of(BUNDLE, language);
    }
}
