package no.samkurs.calendar.series.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** A date the series' rule gives but on which it does not meet (EXDATE), e.g. in the autumn holiday week. */
@Embeddable
public class ExcludedDate {

    @Column(name = "excluded_date")
    private LocalDate date;

    protected ExcludedDate() {
    }

    ExcludedDate(LocalDate date) {
        this.date = Objects.requireNonNull(date);
    }

    public LocalDate date() {
        return date;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExcludedDate excluded && date.equals(excluded.date);
    }

    @Override
    public int hashCode() {
        return date.hashCode();
    }
}
