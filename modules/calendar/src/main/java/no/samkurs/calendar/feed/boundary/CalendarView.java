package no.samkurs.calendar.feed.boundary;

import no.samkurs.calendar.feed.control.Occurrence;
import no.samkurs.calendar.personal.control.FeedAddress;
import no.samkurs.catalog.offering.entity.Times;

import java.util.List;

/**
 * A calendar for the month, week and list views: its name, the days shown [from, to), the feed to subscribe to in
 * both forms (none for the whole country), and the occurrences in start order with Norwegian times.
 */
public record CalendarView(String name, String from, String to, FeedAddress feed, List<OccurrenceView> occurrences) {

    /** One session or series meeting; {@code occurrenceDate} names a series meeting, null for a session. */
    public record OccurrenceView(String uid, String offeringId, String title, String sessionTitle, String kind,
                                 List<String> hosts, String start, String end, boolean cancelled, String location,
                                 String seriesId, String occurrenceDate, String page) {

        static OccurrenceView of(Occurrence o) {
            return new OccurrenceView(o.uid(), o.offeringId(), o.title(), o.sessionTitle(), o.kind(), o.hosts(),
                    Times.oslo(o.startsAt()), Times.oslo(o.endsAt()), o.cancelled(), o.location(), o.seriesId(),
                    o.occurrenceDate() == null ? null : o.occurrenceDate().toString(), "/tilbudet?id=" + o.offeringId());
        }
    }
}
