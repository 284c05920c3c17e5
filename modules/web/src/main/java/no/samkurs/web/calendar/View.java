package no.samkurs.web.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/**
 * The calendar's three views, named as in the address ({@code visning=maaned|uke|liste}), each with the days it
 * shows around a date: the month's whole weeks, the week from Monday, or four weeks from the date on.
 */
public enum View {
    MONTH("maaned"), WEEK("uke"), LIST("liste");

    static final int LIST_DAYS = 28;

    private final String code;

    View(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<View> of(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The first day shown. */
    LocalDate from(LocalDate date) {
        return switch (this) {
            case MONTH -> monday(date.withDayOfMonth(1));
            case WEEK -> monday(date);
            case LIST -> date;
        };
    }

    /** The day after the last day shown. */
    LocalDate to(LocalDate date) {
        return switch (this) {
            case MONTH -> monday(date.with(TemporalAdjusters.lastDayOfMonth())).plusWeeks(1);
            case WEEK -> monday(date).plusWeeks(1);
            case LIST -> date.plusDays(LIST_DAYS);
        };
    }

    LocalDate previous(LocalDate date) {
        return switch (this) {
            case MONTH -> date.withDayOfMonth(1).minusMonths(1);
            case WEEK -> monday(date).minusWeeks(1);
            case LIST -> date.minusDays(LIST_DAYS);
        };
    }

    LocalDate next(LocalDate date) {
        return switch (this) {
            case MONTH -> date.withDayOfMonth(1).plusMonths(1);
            case WEEK -> monday(date).plusWeeks(1);
            case LIST -> date.plusDays(LIST_DAYS);
        };
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
