package no.samkurs.web.editor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a series skips, as an editor writes them: one per line (or separated by commas), as 2026-10-06 or
 * 06.10.2026, or a period "2026-09-28 – 2026-10-04" (the autumn holiday week), which skips every meeting the rule
 * gives in it. A line it cannot read is named in the error, in the reader's words.
 */
final class ExcludedDates {

    private static final String DATE = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}";
    private static final Pattern ITEM = Pattern.compile("(" + DATE + ")(?:\\s*(?:–|—|-|\\.\\.|til|to)\\s*(" + DATE + "))?",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_LOOSE = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The dates read, or the first thing that could not be read: a key of the editor's texts and the line. */
    record Result(SortedSet<LocalDate> dates, String error, String line) {

        boolean failed() {
            return error != null;
        }
    }

    private ExcludedDates() {
    }

    /** Reads the text; {@code meetings} are the rule's dates, which a period stands for (empty if not known). */
    static Result read(String text, List<LocalDate> meetings) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        if (text == null) {
            return new Result(dates, null, null);
        }
        for (String item : text.split("[\\r\\n,;]+")) {
            String line = item.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher matcher = ITEM.matcher(line);
            Optional<LocalDate> from = matcher.matches() ? date(matcher.group(1)) : Optional.empty();
            Optional<LocalDate> to = from.isEmpty() || matcher.group(2) == null ? from : date(matcher.group(2));
            if (from.isEmpty() || to.isEmpty()) {
                return new Result(dates, "error.excludedLine", line);
            }
            if (to.get().isBefore(from.get())) {
                return new Result(dates, "error.excludedOrder", line);
            }
            if (matcher.group(2) == null) {
                dates.add(from.get());
            } else {
                List<LocalDate> within = meetings.stream()
                        .filter(d -> !d.isBefore(from.get()) && !d.isAfter(to.get())).toList();
                if (within.isEmpty() && !meetings.isEmpty()) {
                    return new Result(dates, "error.excludedEmpty", line);
                }
                dates.addAll(within);
            }
        }
        return new Result(dates, null, null);
    }

    /** A date as 2026-10-06 or 06.10.2026; empty for anything else. */
    static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[]{ISO_LOOSE, NORWEGIAN}) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // the other form
            }
        }
        return Optional.empty();
    }
}
