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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Thanks after the offering ({@link Ended}), once per enrollment; the recordings are read when it is sent. */
@ApplicationScoped
public class Thanks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Recipients recipients;

    /** The offerings whose thanks are due now. */
    @Transactional
    public List<String> due(Instant now, Duration after, Duration within) {
        Instant until = now.minus(after);
        List<String> ended = em.createQuery("SELECT DISTINCT e.offeringId FROM CalendarEvent e "
                        + "WHERE e.endsAt > :since AND e.endsAt <= :until", String.class)
                .setParameter("since", until.minus(within)).setParameter("until", until).getResultList();
        if (ended.isEmpty()) {
            return List.of();
        }
        // One of their events ended in the window; the last of all of them must have.
        Map<String, List<CalendarEvent>> events = em.createNamedQuery(CalendarEvent.OF_OFFERINGS, CalendarEvent.class)
                .setParameter("offerings", ended).getResultStream()
                .collect(Collectors.groupingBy(CalendarEvent::offeringId));
        return ended.stream().filter(id -> Ended.thanksDue(Ended.lastEnd(events.getOrDefault(id, List.of())), now,
                after, within)).sorted().toList();
    }

    /** Records the thanks the offering's confirmed participants lack; how many. */
    @Transactional
    public int thank(String offeringId, Instant now) {
        return recipients.record(offeringId, Kind.THANKS, false, c -> List.of(new Outbox.Entry(Kind.THANKS,
                c.personId(), offeringId, c.enrollmentId(), null, "thanks", now)));
    }
}
