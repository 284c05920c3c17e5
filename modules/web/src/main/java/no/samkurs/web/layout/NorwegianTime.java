package no.samkurs.web.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Dates and times as Norwegians write them, in Norway's time zone, whatever the browser's locale:
 * "onsdag 23. desember 2026 kl. 13.00" (24-hour clock, a full stop between hours and minutes); English readers get
 * "Wednesday 23 December 2026 at 13:00".
 */
public final class NorwegianTime {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private record Patterns(DateTimeFormatter dateTime, DateTimeFormatter date, DateTimeFormatter shortDate,
                            DateTimeFormatter time) {
    }

    private static final Map<String, Patterns> PATTERNS = Map.of(
            "nb", norwegian(Locale.forLanguageTag("nb")),
            "nn", norwegian(Locale.forLanguageTag("nn")),
            "en", new Patterns(formatter("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK),
                    formatter("EEEE d MMMM yyyy", Locale.UK), formatter("d MMM yyyy", Locale.UK),
                    formatter("HH:mm", Locale.UK)));

    private NorwegianTime() {
    }

    private static Patterns norwegian(Locale locale) {
        return new Patterns(formatter("EEEE d. MMMM yyyy 'kl.' HH.mm", locale), formatter("EEEE d. MMMM yyyy", locale),
                formatter("d. MMM yyyy", locale), formatter("HH.mm", locale));
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(OSLO);
    }

    private static Patterns of(Locale language) {
        return PATTERNS.getOrDefault(language.getLanguage(), PATTERNS.get("nb"));
    }

    public static String dateTime(Instant instant, Locale language) {
        return instant == null ? "" : of(language).dateTime().format(instant);
    }

    public static String date(Instant instant, Locale language) {
        return instant == null ? "" : of(language).date().format(instant);
    }

    public static String shortDate(Instant instant, Locale language) {
        return instant == null ? "" : of(language).shortDate().format(instant);
    }

    public static String time(Instant instant, Locale language) {
        return instant == null ? "" : of(language).time().format(instant);
    }

    /** "kl. 13.00–14.30" style span within one day, else two full date-times. */
    public static String span(Instant start, Instant end, Locale language) {
        if (start == null || end == null) {
            return dateTime(start, language);
        }
        boolean sameDay = start.atZone(OSLO).toLocalDate().equals(end.atZone(OSLO).toLocalDate());
        return sameDay ? dateTime(start, language) + "–" + time(end, language)
                : dateTime(start, language) + " – " + dateTime(end, language);
    }
}
