package no.samkurs.web.editor;

import no.samkurs.web.layout.NorwegianTime;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One meeting of a series as the series page lists it: named by the date the rule gives it, its times, its state. */
public record OccurrenceRow(LocalDate date, Instant startsAt, Instant endsAt, boolean cancelled, boolean moved)
        implements Serializable {

    /** The rule's date as an instant at noon in Oslo, for the page's date formats. */
    public Instant ruleDay() {
        return date.atTime(12, 0).atZone(NorwegianTime.OSLO).toInstant();
    }
}
