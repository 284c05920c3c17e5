package no.samkurs.catalog.offering.boundary;

import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads a time as editors write it: Norwegian local time ("2027-02-03T09:00") or with an explicit offset. */
public final class OsloTime {

    private OsloTime() {
    }

    public static Instant parse(String field, String value) {
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(Session.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw RuleViolation.invalid(field,
                        "Skriv tidspunktet som dato og klokkeslett, for eksempel 2027-02-03T09:00 (norsk tid).");
            }
        }
    }

    public static Instant parseOptional(String field, String value) {
        return value == null || value.isBlank() ? null : parse(field, value);
    }
}
