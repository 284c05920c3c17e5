package no.samkurs.notification.schedule.control;

import no.samkurs.calendar.feed.entity.CalendarEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which sessions and series meetings to remind of now: those not cancelled that start after {@code now} and at most
 * {@code before} later. One already started is not due, however late it was found.
 */
public final class Due {

    /** A session, or one meeting of a series, of an offering: the event's UID and its times. */
    public record Occurrence(String offeringId, String uid, Instant startsAt, Instant endsAt) {
    }

    private Due() {
    }

    public static List<Occurrence> of(List<CalendarEvent> events, Instant now, Duration before) {
        Instant horizon = now.plus(before);
        List<Occurrence> due = new ArrayList<>();
        for (CalendarEvent event : events) {
            if (event.cancelled()) {
                continue;
            }
            if (event.seriesId() != null) {
                event.content().recurring().meetings().stream().filter(m -> !m.cancelled() && due(m.startsAt(), now, horizon))
                        .forEach(m -> due.add(new Occurrence(event.offeringId(), event.uid(), m.startsAt(),
                                m.endsAt())));
            } else if (due(event.startsAt(), now, horizon)) {
                due.add(new Occurrence(event.offeringId(), event.uid(), event.startsAt(), event.endsAt()));
            }
        }
        return due;
    }

    static boolean due(Instant start, Instant now, Instant horizon) {
        return start.isAfter(now) && !start.isAfter(horizon);
    }
}
