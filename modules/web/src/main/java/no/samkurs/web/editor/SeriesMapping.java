package no.samkurs.web.editor;

import no.samkurs.calendar.series.boundary.SeriesInput;
import no.samkurs.calendar.series.entity.Recurrence;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.platform.problem.RuleViolation;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The series form as the calendar's input ({@link SeriesInput}): the plain repetition choices made into a rule, the
 * excluded dates and periods into dates, Norwegian dates (06.10.2026) and times (13.00) into the calendar's forms;
 * and every error, the form's own or the calendar's, at the control of the page it belongs to.
 */
final class SeriesMapping {

    private static final Logger LOG = Logger.getLogger(SeriesMapping.class.getName());
    private static final String FORM = SeriesEditor.FORM + ":";
    private static final String MOVE = SeriesEditor.MOVE_FORM + ":";

    /** The controls in the order the page shows them; the summary lists errors in this order. */
    private static final List<String> ORDER = List.of(FORM + "title", FORM + "firstDate", FORM + "startTime",
            FORM + "endTime", FORM + "weekday", FORM + "until", FORM + "rule", FORM + "excluded", FORM + "location",
            FORM + "joinUrl", MOVE + "moveDate", MOVE + "moveStart", MOVE + "moveEnd");

    static final Comparator<Error> IN_PAGE_ORDER = Comparator.comparingInt(e -> e.id() == null ? -1
            : ORDER.indexOf(e.id()) < 0 ? ORDER.size() : ORDER.indexOf(e.id()));

    /** An error at a control (null: the form as a whole); {@code calendar} when the calendar wrote it, in bokmål. */
    record Error(String id, String message, boolean calendar) {

        static Error own(String id, String message) {
            return new Error(id, message, false);
        }

        static Error calendar(String id, String message) {
            return new Error(id, message, true);
        }
    }

    record Mapped(SeriesInput input, List<Error> errors) {
    }

    private SeriesMapping() {
    }

    static Mapped map(SeriesForm form, ResourceBundle texts, Locale language) {
        List<Error> errors = new ArrayList<>();
        Optional<LocalDate> first = ExcludedDates.date(form.getFirstDate());
        if (!OfferingForm.blank(form.getFirstDate()) && first.isEmpty()) {
            errors.add(Error.own(FORM + "firstDate", texts.getString("error.date")));
        }
        String rule = form.ownRule() ? form.getRule() : plainRule(form, first, texts, language, errors);
        List<LocalDate> meetings = List.of();
        if (rule != null && first.isPresent()) {
            try {
                meetings = Recurrence.of(rule, first.get(), Series.ZONE).dates();
            } catch (RuleViolation saidWhenSaved) {
                // the calendar names the rule's fault when the series is saved
            }
        }
        ExcludedDates.Result excluded = ExcludedDates.read(form.getExcluded(), meetings);
        if (excluded.failed()) {
            errors.add(Error.own(FORM + "excluded", format(texts, excluded.error(), language, excluded.line())));
        }
        SeriesInput input = new SeriesInput(form.getVersion(), form.getTitle(),
                first.map(LocalDate::toString).orElse(form.getFirstDate()), clock(form.getStartTime()),
                clock(form.getEndTime()), rule,
                excluded.dates().stream().map(LocalDate::toString).toList(), form.getLocation(), form.getJoinUrl());
        return new Mapped(input, errors);
    }

    /** The rule of the plain choices, or null with the errors said when the choices do not make one. */
    private static String plainRule(SeriesForm form, Optional<LocalDate> first, ResourceBundle texts,
                                    Locale language, List<Error> errors) {
        Repetition repetition = Repetition.of(form.getRepetition()).orElse(Repetition.WEEKLY);
        Optional<LocalDate> until = ExcludedDates.date(form.getUntil());
        if (OfferingForm.blank(form.getUntil())) {
            errors.add(Error.own(FORM + "until", texts.getString("error.until")));
        } else if (until.isEmpty()) {
            errors.add(Error.own(FORM + "until", texts.getString("error.date")));
        }
        Optional<DayOfWeek> weekday = weekday(form.getWeekday());
        if (weekday.isPresent() && first.isPresent() && weekday.get() != first.get().getDayOfWeek()) {
            errors.add(Error.own(FORM + "weekday", new MessageFormat(texts.getString("error.weekday"), language)
                    .format(new Object[]{day(first.get().getDayOfWeek(), language), day(weekday.get(), language)})));
            return null;
        }
        return first.isPresent() && until.isPresent() ? repetition.rule(first.get(), until.get()) : null;
    }

    private static Optional<DayOfWeek> weekday(String value) {
        try {
            return OfferingForm.blank(value) ? Optional.empty() : Optional.of(DayOfWeek.of(Integer.parseInt(value)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String day(DayOfWeek day, Locale language) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, language);
    }

    /** A time as the calendar reads it: 13.00, as Norwegians write it, becomes 13:00. */
    private static String clock(String value) {
        return value == null ? null : value.strip().replace('.', ':');
    }

    /** The control of a field as the calendar names it ({@code start}, {@code excludedDates[2]}); null if none. */
    static String control(String field, SeriesForm form) {
        if (field == null) {
            return null;
        }
        return switch (field.replaceAll("\\[\\d+]", "")) {
            case "title" -> FORM + "title";
            case "firstDate" -> FORM + "firstDate";
            case "start" -> FORM + "startTime";
            case "end" -> FORM + "endTime";
            case "rule" -> form != null && form.ownRule() ? FORM + "rule" : FORM + "until";
            case "excludedDates" -> FORM + "excluded";
            case "location" -> FORM + "location";
            case "joinUrl" -> FORM + "joinUrl";
            default -> null;
        };
    }

    /** The controls that have an error already. */
    static Set<String> fields(List<Error> errors) {
        return errors.stream().map(Error::id).filter(id -> id != null).collect(Collectors.toSet());
    }

    /** What the calendar answered to a change: its rule's words at the field it names, else an apology. */
    static List<Error> failure(RuntimeException e, SeriesForm form, boolean moving, String apology) {
        Optional<RuleViolation> violation = cause(e);
        if (violation.isEmpty()) {
            LOG.log(Level.WARNING, "Changing a series failed", e);
            return List.of(Error.own(null, apology));
        }
        String field = violation.get().field();
        String id = moving && field != null ? switch (field) {
            case "date" -> MOVE + "moveDate";
            case "start" -> MOVE + "moveStart";
            case "end" -> MOVE + "moveEnd";
            default -> null;
        } : control(field, form);
        return List.of(Error.calendar(id, violation.get().getMessage()));
    }

    private static Optional<RuleViolation> cause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }

    private static String format(ResourceBundle texts, String key, Locale language, Object value) {
        return new MessageFormat(texts.getString(key), language).format(new Object[]{value});
    }
}
