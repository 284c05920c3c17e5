package no.samkurs.catalog.offering.entity;


import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants as people in Norway read them: ISO 8601 with the Oslo offset of that day (+01:00 or +02:00). */
public final class Times {

    private Times() {
    }

    public static String oslo(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(Session.ZONE).toOffsetDateTime());
    }
}
