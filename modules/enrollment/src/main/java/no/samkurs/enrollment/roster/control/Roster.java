package no.samkurs.enrollment.roster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.roster.entity.Attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists that span enrollments, people and offerings: an offering's participants for its organisers, and a
 * municipality's enrollments for its contacts. Each is a few queries, however long the list.
 */
@ApplicationScoped
public class Roster {

    private static final List<EnrollmentStatus> ACTIVE = List.of(EnrollmentStatus.CONFIRMED,
            EnrollmentStatus.WAITLISTED);

    @PersistenceContext
    EntityManager em;

    /**
     * Confirmed participants by arrival, then the waitlist in its order, then (with {@code all}) the cancelled; each
     * with their attendance at every session of the offering.
     */
    public List<Participant> participants(Offering offering, boolean all) {
        List<Object[]> rows = em.createQuery("SELECT e, p.name, p.email FROM Enrollment e, Person p "
                        + "WHERE p.id = e.personId AND e.offeringId = :o AND e.status IN :statuses "
                        + "ORDER BY e.arrival", Object[].class)
                .setParameter("o", offering.id()).setParameter("statuses", statuses(all)).getResultList();
        List<Object[]> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(row -> rank(((Enrollment) row[0]).status())));
        Map<String, String> municipalities = municipalityNames(ordered.stream()
                .map(row -> ((Enrollment) row[0]).municipality().orElse(null)).toList());
        Map<String, Boolean> attended = attendance(offering.id());
        List<Session> sessions = offering.sessions().stream().sorted(Comparator.comparing(Session::startsAt)).toList();
        List<Participant> participants = new ArrayList<>(ordered.size());
        int waiting = 0;
        for (Object[] row : ordered) {
            Enrollment e = (Enrollment) row[0];
            Integer position = e.status() == EnrollmentStatus.WAITLISTED ? ++waiting : null;
            String municipality = e.municipality().orElse(null);
            List<Participant.Mark> marks = sessions.stream().map(s -> new Participant.Mark(s.id(), s.startsAt(),
                    attended.get(e.id() + "/" + s.id()))).toList();
            participants.add(new Participant(e.id(), e.personId(), (String) row[1], (String) row[2], municipality,
                    municipality == null ? null : municipalities.get(municipality), e.service().orElse(null),
                    e.status().code(), position, e.arrivedAt(), e.confirmedAt().orElse(null),
                    e.cancelledAt().orElse(null), marks));
        }
        return participants;
    }

    /** The enrollments of people who work in the municipality (as they enrolled), newest first. */
    public List<MunicipalEnrollment> ofMunicipality(String number, boolean all) {
        return ofMunicipality(number, all, 0, Integer.MAX_VALUE);
    }

    /** One page of them: {@code max} from the {@code first} (from 0); the places in line are the offerings' own. */
    public List<MunicipalEnrollment> ofMunicipality(String number, boolean all, int first, int max) {
        List<Object[]> rows = em.createQuery("SELECT e, p.name, p.email, o.title FROM Enrollment e, Person p, "
                        + "Offering o WHERE p.id = e.personId AND o.id = e.offeringId AND e.municipality = :m "
                        + "AND e.status IN :statuses ORDER BY e.arrivedAt DESC, e.arrival DESC", Object[].class)
                .setParameter("m", number).setParameter("statuses", statuses(all))
                .setFirstResult(first).setMaxResults(max).getResultList();
        List<String> waiting = rows.stream().map(row -> (Enrollment) row[0])
                .filter(e -> e.status() == EnrollmentStatus.WAITLISTED).map(Enrollment::id).toList();
        Map<String, Integer> ahead = new HashMap<>();
        if (!waiting.isEmpty()) {
            em.createQuery("SELECT e.id, COUNT(w) FROM Enrollment e, Enrollment w WHERE e.id IN :ids "
                            + "AND w.offeringId = e.offeringId AND w.status = :waiting AND w.arrival < e.arrival "
                            + "GROUP BY e.id", Object[].class)
                    .setParameter("ids", waiting).setParameter("waiting", EnrollmentStatus.WAITLISTED)
                    .getResultList().forEach(row -> ahead.put((String) row[0], ((Number) row[1]).intValue()));
        }
        return rows.stream().map(row -> {
            Enrollment e = (Enrollment) row[0];
            Integer position = e.status() == EnrollmentStatus.WAITLISTED ? ahead.getOrDefault(e.id(), 0) + 1 : null;
            return new MunicipalEnrollment(e.id(), e.personId(), (String) row[1], (String) row[2], e.offeringId(),
                    (String) row[3], e.status().code(), position, e.service().orElse(null), e.arrivedAt());
        }).toList();
    }

    /** How many of the municipality's enrollments there are in each status ("confirmed", …), for a paged list. */
    public Map<String, Long> countsOfMunicipality(String number, boolean all) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT e.status, COUNT(e) FROM Enrollment e WHERE e.municipality = :m "
                        + "AND e.status IN :statuses GROUP BY e.status", Object[].class)
                .setParameter("m", number).setParameter("statuses", statuses(all)).getResultList()
                .forEach(row -> counts.put(((EnrollmentStatus) row[0]).code(), ((Number) row[1]).longValue()));
        return counts;
    }

    /** Confirmed first, then the line, then the cancelled. */
    private static int rank(EnrollmentStatus status) {
        return switch (status) {
            case CONFIRMED -> 0;
            case WAITLISTED -> 1;
            case CANCELLED -> 2;
        };
    }

    private static List<EnrollmentStatus> statuses(boolean all) {
        return all ? List.of(EnrollmentStatus.values()) : ACTIVE;
    }

    /** Whether each enrollment of the offering came to each session, keyed "enrollment/session". */
    private Map<String, Boolean> attendance(String offeringId) {
        Map<String, Boolean> attended = new HashMap<>();
        em.createQuery("SELECT a FROM Attendance a WHERE a.enrollmentId IN "
                        + "(SELECT e.id FROM Enrollment e WHERE e.offeringId = :o)", Attendance.class)
                .setParameter("o", offeringId).getResultList()
                .forEach(a -> attended.put(a.enrollmentId() + "/" + a.sessionId(), a.attended()));
        return attended;
    }

    private Map<String, String> municipalityNames(List<String> numbers) {
        List<String> distinct = numbers.stream().filter(n -> n != null).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (!distinct.isEmpty()) {
            em.createQuery("SELECT m.number, m.name FROM Municipality m WHERE m.number IN :numbers", Object[].class)
                    .setParameter("numbers", distinct).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }
}
