package no.samkurs.notification.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.notification.outbox.control.Outbox;
import no.samkurs.notification.outbox.entity.Kind;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reminders before each session and series meeting ({@link Due}), one per meeting and enrollment: the dedupe key
 * names the event and the meeting's start, and {@code about} holds them for the message.
 */
@ApplicationScoped
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Recipients recipients;

    /** The sessions and meetings due for a reminder now, by offering. */
    @Transactional
    public Map<String, List<Due.Occurrence>> due(Instant now, Duration before) {
        List<CalendarEvent> events = em.createQuery("SELECT e FROM CalendarEvent e WHERE e.startsAt <= :horizon "
                        + "AND e.endsAt > :now", CalendarEvent.class)
                .setParameter("horizon", now.plus(before)).setParameter("now", now).getResultList();
        return Due.of(events, now, before).stream().collect(Collectors.groupingBy(Due.Occurrence::offeringId,
                LinkedHashMap::new, Collectors.toList()));
    }

    /** Records the reminders of one offering's due meetings that its confirmed participants lack; how many. */
    @Transactional
    public int remind(String offeringId, List<Due.Occurrence> occurrences, Instant now) {
        return recipients.record(offeringId, Kind.REMINDER, true, c -> occurrences.stream()
                .map(o -> new Outbox.Entry(Kind.REMINDER, c.personId(), offeringId, c.enrollmentId(), null, step(o),
                        now, o.uid() + " " + o.startsAt()))
                .toList());
    }

    static String step(Due.Occurrence occurrence) {
        return "reminder@" + occurrence.uid() + "@" + occurrence.startsAt().getEpochSecond();
    }
}
