package no.samkurs.platform.problem;

import java.util.List;
import java.util.Locale;

/** Norwegian bokmål first; nynorsk and English when the caller prefers them. */
public final class CallerLanguage {

    public static final Locale BOKMAL = Locale.forLanguageTag("nb");
    public static final Locale NYNORSK = Locale.forLanguageTag("nn");

    private CallerLanguage() {
    }

    /** Picks the first supported language from the caller's preferences (as JAX-RS orders them). */
    public static Locale of(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            switch (locale.getLanguage()) {
                case "nb", "no" -> { return BOKMAL; }
                case "nn" -> { return NYNORSK; }
                case "en" -> { return Locale.ENGLISH; }
                default -> { }
            }
        }
        return BOKMAL;
    }
}
