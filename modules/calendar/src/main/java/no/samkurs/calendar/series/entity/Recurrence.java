package no.samkurs.calendar.series.entity;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 5545 recurrence rule (RRULE value) with its first date, checked and expanded with ical4j: at most daily,
 * ending (UNTIL or COUNT), at most {@value #MAX_OCCURRENCES} meetings within {@link #MAX_SPAN}, and the first date
 * is itself a meeting. UNTIL is kept as a date; feeds get it as the UTC moment of the last possible start.
 */
public final class Recurrence {

    public static final int MAX_OCCURRENCES = 200;
    public static final Period MAX_SPAN = Period.ofYears(2);

    private static final Set<Frequency> ALLOWED = Set.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY,
            Frequency.YEARLY);
    private static final Pattern UNTIL = Pattern.compile("UNTIL=[^;]*");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String EXAMPLE = " Eksempel: FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261215.";

    private final String rule;
    private final LocalDate first;
    private final LocalDate until;
    private final List<LocalDate> dates;

    private Recurrence(String rule, LocalDate first, LocalDate until, List<LocalDate> dates) {
        this.rule = rule;
        this.first = first;
        this.until = until;
        this.dates = dates;
    }

    /** The rule as an editor wrote it (an "RRULE:" prefix and any letter case allowed), or a 400 naming the field. */
    public static Recurrence of(String text, LocalDate first, ZoneId zone) {
        return of(text, first, LocalTime.MIDNIGHT, zone);
    }

    /**
     * The same for meetings that start at the given local time: an UNTIL given as a moment keeps the last date whose
     * meeting starts by then (RFC 5545: UNTIL is the last instance's start, at the latest).
     */
    public static Recurrence of(String text, LocalDate first, LocalTime start, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid("rule", "Skriv en gjentakelsesregel." + EXAMPLE);
        }
        if (first == null) {
            throw RuleViolation.invalid("firstDate", "Serien trenger en første dato.");
        }
        String value = text.strip().toUpperCase(Locale.ROOT);
        value = value.startsWith("RRULE:") ? value.substring("RRULE:".length()) : value;
        Recur<Temporal> parsed = parse(value);
        if (!ALLOWED.contains(parsed.getFrequency())) {
            throw RuleViolation.invalid("rule", "Møter kan gjenta seg daglig, ukentlig, månedlig eller årlig, "
                    + "ikke oftere (FREQ=DAILY, WEEKLY, MONTHLY eller YEARLY).");
        }
        if (!parsed.getHourList().isEmpty() || !parsed.getMinuteList().isEmpty() || !parsed.getSecondList().isEmpty()) {
            throw RuleViolation.invalid("rule", "Klokkeslettene står i start- og sluttid, ikke i regelen "
                    + "(fjern BYHOUR, BYMINUTE og BYSECOND).");
        }
        boolean counted = parsed.getCount() > 0;
        if (parsed.getUntil() == null && !counted) {
            throw RuleViolation.invalid("rule", "Regelen må ha en slutt: UNTIL (siste dato) eller COUNT (antall møter)."
                    + EXAMPLE);
        }
        if (parsed.getUntil() != null && counted) {
            throw RuleViolation.invalid("rule", "Bruk enten UNTIL eller COUNT, ikke begge.");
        }
        LocalDate until = parsed.getUntil() == null ? null : lastDate(parsed.getUntil(), start, zone);
        String canonical = until == null ? value : UNTIL.matcher(value).replaceFirst("UNTIL=" + BASIC_DATE.format(until));
        Recur<LocalDate> recur = new Recur<>(canonical);
        return expanded(recur.toString(), recur, first, until);
    }

    private static Recurrence expanded(String rule, Recur<LocalDate> recur, LocalDate first, LocalDate until) {
        LocalDate limit = first.plus(MAX_SPAN);
        if (until != null && until.isBefore(first)) {
            throw RuleViolation.invalid("rule", "Siste dato (UNTIL) kan ikke være før første dato.");
        }
        if (until != null && until.isAfter(limit)) {
            throw RuleViolation.invalid("rule", "En serie kan vare høyst to år; sett UNTIL til senest "
                    + limit + ".");
        }
        List<LocalDate> dates = recur.getDates(first, first, limit, MAX_OCCURRENCES + 1);
        if (dates.isEmpty() || !dates.get(0).equals(first)) {
            throw RuleViolation.invalid("firstDate", "Første dato må selv være et møte etter regelen (for eksempel "
                    + "en tirsdag når regelen sier BYDAY=TU).");
        }
        if (dates.size() > MAX_OCCURRENCES) {
            throw RuleViolation.invalid("rule", "En serie kan ha høyst " + MAX_OCCURRENCES + " møter.");
        }
        if (until == null && dates.size() < recur.getCount()) {
            throw RuleViolation.invalid("rule", "En serie kan vare høyst to år; " + recur.getCount()
                    + " møter etter denne regelen når lenger enn til " + limit + ".");
        }
        return new Recurrence(rule, first, until, List.copyOf(dates));
    }

    private static Recur<Temporal> parse(String value) {
        try {
            Recur<Temporal> recur = new Recur<>(value);
            if (recur.getFrequency() == null) {
                throw new IllegalArgumentException("no FREQ");
            }
            return recur;
        } catch (RuntimeException e) {
            throw RuleViolation.invalid("rule", "Gjentakelsesregelen er ikke gyldig etter RFC 5545." + EXAMPLE);
        }
    }

    private static LocalDate lastDate(Temporal until, LocalTime start, ZoneId zone) {
        if (until instanceof LocalDate date) {
            return date;
        }
        LocalDateTime local;
        if (until instanceof LocalDateTime time) {
            local = time;
        } else if (until instanceof OffsetDateTime time) {
            local = time.atZoneSameInstant(zone).toLocalDateTime();
        } else if (until instanceof ZonedDateTime time) {
            local = time.withZoneSameInstant(zone).toLocalDateTime();
        } else if (until instanceof Instant instant) {
            local = LocalDateTime.ofInstant(instant, zone);
        } else {
            throw RuleViolation.invalid("rule", "UNTIL må være en dato (ÅÅÅÅMMDD).");
        }
        return local.toLocalTime().isBefore(start) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    /** The rule in its stored form: upper case, UNTIL as a date. */
    public String rule() {
        return rule;
    }

    public LocalDate first() {
        return first;
    }

    /** Every meeting date the rule gives, in order (before exclusions). */
    public List<LocalDate> dates() {
        return dates;
    }

    public boolean includes(LocalDate date) {
        return date != null && dates.contains(date);
    }

    /**
     * The RRULE value for a feed whose DTSTART is local time with a TZID: RFC 5545 then wants UNTIL as a UTC
     * date-time; the last date's start time in the zone, so that the last meeting is included.
     */
    public String forFeed(LocalTime start, ZoneId zone) {
        if (until == null) {
            return rule;
        }
        String utc = UTC.format(until.atTime(start).atZone(zone).withZoneSameInstant(ZoneOffset.UTC));
        return UNTIL.matcher(rule).replaceFirst(Matcher.quoteReplacement("UNTIL=" + utc));
    }
}
