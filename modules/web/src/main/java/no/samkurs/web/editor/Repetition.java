package no.samkurs.web.editor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a series meets, as the form offers it in plain words, and the RFC 5545 rule (RRULE value) each choice
 * stands for: every week, every second or fourth week, or every month on the same weekday of the same week of the
 * month as the first date (the second Tuesday, the last Friday), each until a date. Anything else is the expert's
 * own rule. A stored rule is read back into the plain choices when it is one of them.
 */
public enum Repetition {
    WEEKLY("weekly", 1),
    EVERY_SECOND_WEEK("every-second-week", 2),
    EVERY_FOURTH_WEEK("every-fourth-week", 4),
    MONTHLY("monthly", 0),
    OWN_RULE("own-rule", 0);

    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern BYDAY = Pattern.compile("([+-]?\\d)?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern DATE = Pattern.compile("\\d{8}");
    private static final Set<String> PLAIN_PARTS = Set.of("FREQ", "INTERVAL", "BYDAY", "UNTIL", "WKST");

    private final String code;
    private final int weeks;

    Repetition(String code, int weeks) {
        this.code = code;
        this.weeks = weeks;
    }

    public String code() {
        return code;
    }

    public static Optional<Repetition> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** The plain choices read back from a rule: a repetition, its weekday and its last date. */
    public record Choice(Repetition repetition, DayOfWeek weekday, LocalDate until) {
    }

    /** The rule of a plain choice; the weekday is the first date's (the caller checks that they agree). */
    String rule(LocalDate first, LocalDate until) {
        String day = DAYS[first.getDayOfWeek().getValue() - 1];
        String end = ";UNTIL=" + UNTIL.format(until);
        return switch (this) {
            case WEEKLY, EVERY_SECOND_WEEK, EVERY_FOURTH_WEEK ->
                    "FREQ=WEEKLY" + (weeks > 1 ? ";INTERVAL=" + weeks : "") + ";BYDAY=" + day + end;
            case MONTHLY -> "FREQ=MONTHLY;BYDAY=" + weekOfMonth(first) + day + end;
            case OWN_RULE -> throw new IllegalStateException("The expert writes their own rule.");
        };
    }

    /**
     * Which of its weekdays in the month the date is: 1 to 4, or -1 (the last) for a fifth, which most months do
     * not have.
     */
    static int weekOfMonth(LocalDate date) {
        int nth = (date.getDayOfMonth() - 1) / 7 + 1;
        return nth >= 5 ? -1 : nth;
    }

    /** The plain choice a stored rule is, for a series starting on {@code first}; empty for any other rule. */
    static Optional<Choice> read(String rule, LocalDate first) {
        if (rule == null || first == null) {
            return Optional.empty();
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : rule.strip().toUpperCase(Locale.ROOT).replaceFirst("^RRULE:", "").split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2 || !PLAIN_PARTS.contains(pair[0]) || parts.put(pair[0], pair[1]) != null) {
                return Optional.empty();
            }
        }
        String until = parts.get("UNTIL");
        Matcher day = BYDAY.matcher(parts.getOrDefault("BYDAY", ""));
        if (until == null || !DATE.matcher(until).matches() || !day.matches()
                || parts.containsKey("WKST") && !"MO".equals(parts.get("WKST"))) {
            return Optional.empty();
        }
        DayOfWeek weekday = DayOfWeek.of(Arrays.asList(DAYS).indexOf(day.group(2)) + 1);
        if (weekday != first.getDayOfWeek()) {
            return Optional.empty();
        }
        LocalDate last = LocalDate.parse(until, UNTIL);
        String interval = parts.getOrDefault("INTERVAL", "1");
        Repetition repetition = switch (parts.get("FREQ") == null ? "" : parts.get("FREQ")) {
            case "WEEKLY" -> day.group(1) != null ? null : switch (interval) {
                case "1" -> WEEKLY;
                case "2" -> EVERY_SECOND_WEEK;
                case "4" -> EVERY_FOURTH_WEEK;
                default -> null;
            };
            case "MONTHLY" -> "1".equals(interval) && day.group(1) != null
                    && Integer.parseInt(day.group(1)) == weekOfMonth(first) ? MONTHLY : null;
            default -> null;
        };
        return Optional.ofNullable(repetition).map(r -> new Choice(r, weekday, last));
    }
}
