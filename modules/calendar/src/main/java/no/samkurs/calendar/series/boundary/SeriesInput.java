package no.samkurs.calendar.series.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.samkurs.calendar.series.entity.SeriesDetails;
import no.samkurs.platform.problem.RuleViolation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an editor sends to plan or change a series: the first date, the meetings' start and end in Norwegian time,
 * an RFC 5545 RRULE value, the dates it skips, and where and how to meet. {@code version} is required to change.
 */
public record SeriesInput(
        Long version,
        @Size(max = 200, message = "Tittelen kan være høyst 200 tegn.") String title,
        @NotBlank(message = "Skriv første dato, for eksempel 2026-09-08.") String firstDate,
        @NotBlank(message = "Skriv når møtene starter, for eksempel 13:00.") String start,
        @NotBlank(message = "Skriv når møtene slutter, for eksempel 15:00.") String end,
        @NotBlank(message = "Skriv en gjentakelsesregel, for eksempel FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261215.")
        @Size(max = 500, message = "Regelen kan være høyst 500 tegn.") String rule,
        @Size(max = 200, message = "Høyst 200 unntatte datoer.") List<String> excludedDates,
        @Size(max = 300, message = "Stedet kan være høyst 300 tegn.") String location,
        @Pattern(regexp = "https?://\\S+", message = "Lenken må begynne med https:// eller http://.")
        @Size(max = 1000, message = "Lenken kan være høyst 1000 tegn.") String joinUrl) {

    /** The details in the series' terms; dates and times are checked here, with the field named. */
    public SeriesDetails details() {
        Set<LocalDate> skipped = new TreeSet<>();
        List<String> given = excludedDates == null ? List.of() : excludedDates;
        for (int i = 0; i < given.size(); i++) {
            skipped.add(date("excludedDates[" + i + "]", given.get(i)));
        }
        return new SeriesDetails(title, date("firstDate", firstDate), time("start", start), time("end", end), rule,
                skipped, location, joinUrl);
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(field, "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-09-08.");
        }
    }

    private static LocalTime time(String field, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(field, "Skriv klokkeslettet som TT:MM, for eksempel 13:00 (norsk tid).");
        }
    }
}
