package no.samkurs.platform.schema;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stores an {@link Instant} as a timestamp column (JPA 3.1 does not know Instant yet: EclipseLink would serialise it).
 * The JVM runs in UTC in every deployment we ship (see docs/operations.md), so the stored value is UTC.
 * Instants are cut to microseconds, the columns' precision: Java clocks give nanoseconds, and a value that is not
 * stored as it was written would not find its own row again (EclipseLink deletes collection rows by their values).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
