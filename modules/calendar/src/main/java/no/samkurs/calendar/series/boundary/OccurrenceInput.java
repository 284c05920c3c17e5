package no.samkurs.calendar.series.boundary;

import no.samkurs.calendar.series.entity.Series;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One meeting of a series changed: moved to new times (both start and end, Norwegian local time like
 * "2026-11-05T13:00" or with an offset), cancelled, or both.
 */
public record OccurrenceInput(Boolean cancelled, String start, String end) {

    boolean cancel() {
        return Boolean.TRUE.equals(cancelled);
    }

    Instant startsAt() {
        return instant("start", start);
    }

    Instant endsAt() {
        return instant("end", end);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(Series.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw RuleViolation.invalid(field,
                        "Skriv tidspunktet som dato og klokkeslett, for eksempel 2026-11-05T13:00 (norsk tid).");
            }
        }
    }
}
