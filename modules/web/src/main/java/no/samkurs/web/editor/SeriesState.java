package no.samkurs.web.editor;

import no.samkurs.calendar.series.entity.Series;
import no.samkurs.calendar.series.entity.SeriesOccurrence;
import no.samkurs.web.layout.NorwegianTime;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A stored series as the series page shows it, read in one transaction and kept with the view: its form, whether it
 * is cancelled, and its meetings not yet over (with how many are past).
 */
public record SeriesState(String id, long version, String title, LocalDate firstDate, boolean cancelled,
                          SeriesForm form, List<OccurrenceRow> upcoming, int past) implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static SeriesState of(Series series, Instant now) {
        List<SeriesOccurrence> all = series.occurrences();
        List<OccurrenceRow> upcoming = all.stream().filter(o -> o.endsAt().isAfter(now))
                .map(o -> new OccurrenceRow(o.date(), o.startsAt(), o.endsAt(), o.cancelled(), o.moved())).toList();
        return new SeriesState(series.id(), series.version(), series.title().orElse(null), series.firstDate(),
                series.cancelled(), form(series), upcoming, all.size() - upcoming.size());
    }

    private static SeriesForm form(Series series) {
        SeriesForm form = new SeriesForm();
        form.setVersion(series.version());
        form.setTitle(series.title().orElse(null));
        form.setFirstDate(series.firstDate().toString());
        form.setStartTime(TIME.format(series.startTime()));
        form.setEndTime(TIME.format(series.endTime()));
        Repetition.read(series.rule(), series.firstDate()).ifPresentOrElse(choice -> {
            form.setRepetition(choice.repetition().code());
            form.setUntil(choice.until().toString());
        }, () -> {
            form.setRepetition(Repetition.OWN_RULE.code());
            form.setRule(series.rule());
        });
        form.setExcluded(series.excludedDates().stream().map(LocalDate::toString)
                .collect(Collectors.joining("\n")));
        form.setLocation(series.location().orElse(null));
        form.setJoinUrl(series.joinUrl().orElse(null));
        return form;
    }

    /** The first date as an instant at noon in Oslo, for the page's date formats. */
    public Instant firstDay() {
        return firstDate.atTime(12, 0).atZone(NorwegianTime.OSLO).toInstant();
    }

    public boolean isOpen() {
        return !cancelled;
    }

    public OccurrenceRow occurrence(LocalDate date) {
        return upcoming.stream().filter(o -> o.date().equals(date)).findFirst().orElse(null);
    }
}
