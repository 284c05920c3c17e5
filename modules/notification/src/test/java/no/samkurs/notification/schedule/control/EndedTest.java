package no.samkurs.notification.schedule.control;

import no.samkurs.calendar.feed.entity.CalendarEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static no.samkurs.notification.schedule.control.DueTest.NOW;
import static no.samkurs.notification.schedule.control.DueTest.meeting;
import static no.samkurs.notification.schedule.control.DueTest.series;
import static no.samkurs.notification.schedule.control.DueTest.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When an offering is over, and when its thanks are due. */
class EndedTest {

    static final Duration AFTER = Duration.ofHours(2);
    static final Duration WITHIN = Duration.ofDays(3);

    @Test
    void theLastSessionOrMeetingNotCancelledEndsTheOffering() {
        Instant first = NOW.minusSeconds(86400);
        Instant last = NOW.plusSeconds(86400);
        CalendarEvent early = session("a", first, false);
        CalendarEvent cancelled = session("b", last.plusSeconds(86400), true);
        assertEquals(Optional.of(first.plusSeconds(5400)), Ended.lastEnd(List.of(early, cancelled)));
        CalendarEvent network = series(meeting(first, false), meeting(last, false), meeting(last.plusSeconds(86400),
                true));
        assertEquals(Optional.of(last.plusSeconds(3600)), Ended.lastEnd(List.of(early, network)),
                "the series' last meeting held, not its cancelled one");
        assertEquals(Optional.empty(), Ended.lastEnd(List.of(cancelled)), "all cancelled: never held");
    }

    @Test
    void thanksAreDueAWhileAfterTheEndAndNotOnceTheyAreOldNews() {
        Optional<Instant> end = Optional.of(NOW);
        assertFalse(Ended.thanksDue(end, NOW.plus(AFTER).minusSeconds(1), AFTER, WITHIN), "not yet");
        assertTrue(Ended.thanksDue(end, NOW.plus(AFTER), AFTER, WITHIN));
        assertTrue(Ended.thanksDue(end, NOW.plus(AFTER).plus(WITHIN).minusSeconds(1), AFTER, WITHIN));
        assertFalse(Ended.thanksDue(end, NOW.plus(AFTER).plus(WITHIN), AFTER, WITHIN), "old news");
        assertFalse(Ended.thanksDue(Optional.empty(), NOW, AFTER, WITHIN), "never held");
    }
}
