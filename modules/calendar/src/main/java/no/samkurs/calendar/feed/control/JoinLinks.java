package no.samkurs.calendar.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one decision point for what enrollment puts into a person's feed. Public feeds never carry join links; a
 * personal feed carries the link of an event only for a confirmed participant of its offering (not the waitlisted,
 * not the cancelled). The offerings a person is enrolled in (confirmed or waiting) are in their feed like followed
 * ones, and the feed's ETag follows the person's enrollments without raising the shared generation.
 */
@ApplicationScoped
public class JoinLinks {

    @PersistenceContext
    EntityManager em;

    /** The join links, by event UID, of the events the person is a confirmed participant of. */
    public Map<String, String> ofParticipant(String personId) {
        List<String> confirmed = offerings(personId, List.of(EnrollmentStatus.CONFIRMED));
        if (confirmed.isEmpty()) {
            return Map.of();
        }
        Map<String, String> links = new HashMap<>();
        em.createQuery("SELECT s.id, s.joinUrl FROM Session s WHERE s.offering.id IN :offerings "
                        + "AND s.joinUrl IS NOT NULL", Object[].class).setParameter("offerings", confirmed)
                .getResultList().forEach(row -> links.put(CalendarEvent.sessionUid((String) row[0]), (String) row[1]));
        em.createNamedQuery(Series.OF_OFFERINGS, Series.class).setParameter("offerings", confirmed).getResultList()
                .forEach(series -> series.joinUrl().ifPresent(link -> links.put(CalendarEvent.seriesUid(series.id()),
                        link)));
        return links;
    }

    /** The offerings the person is enrolled in, confirmed or on the waitlist. */
    public Set<String> enrolledIn(String personId) {
        return new HashSet<>(offerings(personId, List.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED)));
    }

    /** Changes whenever the person's enrollments change: part of their personal feed's ETag. */
    public String stamp(String personId) {
        // Every change of an enrollment raises its version; a new one raises the count.
        Object[] row = em.createQuery("SELECT COUNT(e), SUM(e.version) FROM Enrollment e WHERE e.personId = :p",
                Object[].class).setParameter("p", personId).getSingleResult();
        return row[0] + "/" + row[1];
    }

    private List<String> offerings(String personId, List<EnrollmentStatus> statuses) {
        return em.createQuery("SELECT e.offeringId FROM Enrollment e WHERE e.personId = :p AND e.status IN :statuses",
                String.class).setParameter("p", personId).setParameter("statuses", statuses).getResultList();
    }
}
