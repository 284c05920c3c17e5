package no.samkurs.enrollment.booking.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The season the services plan by: the school year, from 1 August in Norwegian time. */
public final class Season {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private Season() {
    }

    public static Instant startOf(Instant now) {
        LocalDate today = now.atZone(OSLO).toLocalDate();
        int year = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(year, 8, 1).atStartOfDay(OSLO).toInstant();
    }
}
