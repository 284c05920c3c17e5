package no.samkurs.notification.schedule.control;

import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.calendar.feed.entity.EventContent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When an offering is over, for the thanks: the end of its last session or series meeting that is not cancelled
 * (none when all are). Thanks are due {@code after} that end, and not once {@code within} has passed since, so that
 * a new installation does not thank for every offering of the past.
 */
public final class Ended {

    private Ended() {
    }

    public static Optional<Instant> lastEnd(List<CalendarEvent> events) {
        return events.stream().filter(e -> !e.cancelled()).flatMap(Ended::ends).max(Instant::compareTo);
    }

    private static Stream<Instant> ends(CalendarEvent event) {
        return event.seriesId() == null ? Stream.of(event.endsAt()) : event.content().recurring().meetings().stream()
                .filter(m -> !m.cancelled()).map(EventContent.Meeting::endsAt);
    }

    public static boolean thanksDue(Optional<Instant> lastEnd, Instant now, Duration after, Duration within) {
        if (lastEnd.isEmpty()) {
            return false;
        }
        Instant from = lastEnd.get().plus(after);
        return !now.isBefore(from) && now.isBefore(from.plus(within));
    }
}
