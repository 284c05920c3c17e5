package no.samkurs.web.catalog;

import no.samkurs.calendar.series.entity.Series;
import no.samkurs.calendar.series.entity.SeriesOccurrence;

import java.time.Instant;
import java.time.Period;
import java.util.List;

/**
 * A series of meetings as the offering page lists it: its title and place and the meetings from today on (moved and
 * cancelled ones marked), for a learning network whose meetings are planned as a series rather than as sessions.
 */
public record MeetingSeries(String title, String location, String joinUrl, List<SeriesOccurrence> meetings) {

    /** How far ahead the page lists meetings; a series spans at most two years. */
    static final Period AHEAD = Period.ofYears(2);

    static MeetingSeries of(Series series, Instant now, boolean inside) {
        return new MeetingSeries(series.title().orElse(null), series.location().orElse(null),
                inside ? series.joinUrl().orElse(null) : null,
                series.occurrences(now, now.atZone(Series.ZONE).plus(AHEAD).toInstant()));
    }
}
