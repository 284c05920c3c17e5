package no.samkurs.enrollment.booking.entity;

import no.samkurs.platform.problem.RuleViolation;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An enrollment rule said no, with the reason and its details, to be said in the person's language. As a
 * {@link RuleViolation} its message is the bokmål text.
 */
public class Refused extends RuleViolation {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String BUNDLE = "no.samkurs.enrollment.booking.entity.refusals";
    private final Refusal reason;
    private final transient Object[] details;

    public Refused(Refusal reason, Object... details) {
        super(kindOf(reason.status()), null, text(reason, Locale.forLanguageTag("nb"), details), null);
        this.reason = reason;
        this.details = details.clone();
    }

    private static Kind kindOf(int status) {
        return switch (status) {
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 503 -> Kind.UNAVAILABLE;
            case 422 -> Kind.INVALID;
            default -> Kind.CONFLICT;
        };
    }

    public Refusal reason() {
        return reason;
    }

    public int status() {
        return reason.status();
    }

    public String message(Locale locale) {
        return text(reason, locale, details);
    }

    /**
     * Instants among the details are written as Norwegian time, in words of the language; numbers stay numbers, so
     * that a text can say "sin ene plass" or "sine 3 plasser".
     */
    static String text(Refusal reason, Locale locale, Object... details) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] written = new Object[details.length];
        for (int i = 0; i < details.length; i++) {
            written[i] = details[i] instanceof Instant instant ? when(instant, locale)
                    : details[i] instanceof Number number ? number : String.valueOf(details[i]);
        }
        return new MessageFormat(bundle.getString(reason.code()), locale).format(written);
    }

    static String when(Instant instant, Locale locale) {
        String pattern = "en".equals(locale.getLanguage()) ? "d MMMM yyyy 'at' HH:mm" : "d. MMMM yyyy 'kl.' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(OSLO));
    }
}
