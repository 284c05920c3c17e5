package no.samkurs.web.account;

import no.samkurs.web.layout.Bundles;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of these pages for the beans; the pages load the same bundle with {@code f:loadBundle}. */
final class Texts {

    static final String BUNDLE = "no.samkurs.web.account.texts";

    private Texts() {
    }

    static ResourceBundle in(Locale language) {
        return Bundles.of(BUNDLE, language);
    }
}
