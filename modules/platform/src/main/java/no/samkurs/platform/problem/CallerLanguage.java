package no.samkurs.platform.problem;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;
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

    /** The same from a servlet request, which without Accept-Language offers the server's locale instead. */
    public static Locale of(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? BOKMAL : of(Collections.list(request.getLocales()));
    }
}
