package no.samkurs.calendar.series.boundary;

import no.samkurs.calendar.series.entity.Series;
import no.samkurs.calendar.series.entity.SeriesOccurrence;
import no.samkurs.catalog.offering.entity.Times;

import java.util.List;

/**
 * A series as the API shows it: its rule and times, the dates it skips, and every meeting (moved or cancelled ones
 * marked). The join link only for those who see inside the offering (catalog's Visibility).
 */
public record SeriesView(String id, String offeringId, long version, int revision, String title, String firstDate,
                         String start, String end, String rule, List<String> excludedDates, String location,
                         String joinUrl, boolean cancelled, List<OccurrenceView> occurrences) {

    public record OccurrenceView(String date, String start, String end, boolean cancelled, boolean moved) {

        static OccurrenceView of(SeriesOccurrence o) {
            return new OccurrenceView(o.date().toString(), Times.oslo(o.startsAt()), Times.oslo(o.endsAt()),
                    o.cancelled(), o.moved());
        }
    }

    public static SeriesView of(Series s, boolean inside) {
        return new SeriesView(s.id(), s.offeringId(), s.version(), s.revision(), s.title().orElse(null),
                s.firstDate().toString(), s.startTime().toString(), s.endTime().toString(), s.rule(),
                s.excludedDates().stream().map(Object::toString).toList(), s.location().orElse(null),
                inside ? s.joinUrl().orElse(null) : null, s.cancelled(),
                s.occurrences().stream().map(OccurrenceView::of).toList());
    }
}
