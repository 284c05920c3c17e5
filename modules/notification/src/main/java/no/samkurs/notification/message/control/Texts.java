package no.samkurs.notification.message.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/** The messages' texts in one language (bokmål, nynorsk, English; bokmål for anything else), with times in Oslo. */
final class Texts {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");
    private static final Set<String> SPOKEN = Set.of("nb", "nn", "en");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String BUNDLE = "no.samkurs.notification.message.control.texts";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language of a person's choice ("nb", "nn", "en"), bokmål when none or another. */
    static Locale language(String tag) {
        return tag != null && SPOKEN.contains(tag) ? Locale.forLanguageTag(tag) : BOKMAL;
    }

    static Texts in(Locale locale) {
        return new Texts(SPOKEN.contains(locale.getLanguage()) ? locale : BOKMAL);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... values) {
        return new MessageFormat(bundle.getString(key), locale).format(values);
    }

    /** A session's time, e.g. "tirsdag 1. desember 2026 kl. 13.00–14.30". */
    String when(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(OSLO);
        ZonedDateTime to = end.atZone(OSLO);
        DateTimeFormatter day = DateTimeFormatter.ofPattern(bundle.getString("time.day"), locale);
        DateTimeFormatter clock = DateTimeFormatter.ofPattern(bundle.getString("time.clock"), locale);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return get("time.span", day.format(from), clock.format(from), clock.format(to));
        }
        return get("time.days", day.format(from), clock.format(from), day.format(to), clock.format(to));
    }
}
