package no.samkurs.web.editor;

import no.samkurs.web.layout.Bundles;
import no.samkurs.web.layout.Language;

import java.util.ResourceBundle;

/** The editor pages' texts (the bundle the pages load as {@code ed}) for what the beans say themselves. */
final class EditorTexts {

    static final String BUNDLE = "no.samkurs.web.editor.texts";

    private EditorTexts() {
    }

    static ResourceBundle of(Language language) {
        return Bundles.of(BUNDLE, language.getLocale());
    }
}
