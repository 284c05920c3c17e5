package no.samkurs.enrollment.roster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.enrollment.roster.entity.Attendance;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recording who came to a session, all of one request or none of it: every mark is checked (a confirmed
 * participant of this offering, a session that has started) before any is stored. The enrollments marked are
 * locked for the transaction, so that two organisers marking the same people at once take turns instead of
 * colliding on the key, and nobody is marked while being cancelled.
 */
@ApplicationScoped
public class Attendances {

    public static final int MAX_MARKS = 2_000;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** One participant's mark in a request. */
    public record Mark(String enrollmentId, Boolean attended) {
    }

    /** A participant and whether they came to the session ({@code attended} null: not recorded). */
    public record Recorded(String enrollmentId, String personId, String name, String status, Boolean attended,
                           Instant recordedAt, String recordedBy) {
    }

    @Transactional
    public List<Recorded> record(Offering offering, String sessionId, List<Mark> marks, String by) {
        Session session = session(offering, sessionId);
        check(marks);
        Instant now = clock.instant();
        Attendance.requireStarted(session, now);
        List<String> ids = marks.stream().map(m -> m.enrollmentId().strip()).toList();
        Map<String, Enrollment> enrollments = new HashMap<>();
        em.createQuery("SELECT e FROM Enrollment e WHERE e.offeringId = :o AND e.id IN :ids ORDER BY e.id",
                        Enrollment.class).setParameter("o", offering.id()).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(e -> enrollments.put(e.id(), e));
        for (String id : ids) {
            Enrollment enrollment = enrollments.get(id);
            if (enrollment == null) {
                throw new Refused(Refusal.UNKNOWN_ENROLLMENT);
            }
            Attendance.requireConfirmed(enrollment);
        }
        Map<String, Attendance> existing = new HashMap<>();
        em.createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :s AND a.enrollmentId IN :ids",
                        Attendance.class).setParameter("s", session.id()).setParameter("ids", ids).getResultList()
                .forEach(a -> existing.put(a.enrollmentId(), a));
        for (Mark mark : marks) {
            String id = mark.enrollmentId().strip();
            Attendance known = existing.get(id);
            if (known == null) {
                em.persist(new Attendance(id, session.id(), mark.attended(), by, now));
            } else {
                known.record(mark.attended(), by, now);
            }
        }
        em.flush();
        return of(offering, sessionId);
    }

    /** The confirmed participants, and anyone recorded for the session since, by arrival. */
    public List<Recorded> of(Offering offering, String sessionId) {
        Session session = session(offering, sessionId);
        Map<String, Attendance> recorded = new HashMap<>();
        em.createQuery("SELECT a FROM Attendance a WHERE a.sessionId = :s AND a.enrollmentId IN "
                        + "(SELECT e.id FROM Enrollment e WHERE e.offeringId = :o)", Attendance.class)
                .setParameter("s", session.id()).setParameter("o", offering.id()).getResultList()
                .forEach(a -> recorded.put(a.enrollmentId(), a));
        return em.createQuery("SELECT e, p.name FROM Enrollment e, Person p WHERE p.id = e.personId "
                        + "AND e.offeringId = :o ORDER BY e.arrival", Object[].class)
                .setParameter("o", offering.id()).getResultList().stream()
                .filter(row -> ((Enrollment) row[0]).status() == EnrollmentStatus.CONFIRMED
                        || recorded.containsKey(((Enrollment) row[0]).id()))
                .map(row -> {
                    Enrollment e = (Enrollment) row[0];
                    Attendance a = recorded.get(e.id());
                    return new Recorded(e.id(), e.personId(), (String) row[1], e.status().code(),
                            a == null ? null : a.attended(), a == null ? null : a.recordedAt(),
                            a == null ? null : a.recordedBy());
                }).toList();
    }

    /** The offering's session with this id, or the refusal {@code unknown-session}. */
    public static Session session(Offering offering, String sessionId) {
        return offering.sessions().stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new Refused(Refusal.UNKNOWN_SESSION));
    }

    /** The request's shape: 1 to {@link #MAX_MARKS} marks, each naming an enrollment once, true or false. */
    static void check(List<Mark> marks) {
        if (marks == null || marks.isEmpty()) {
            throw RuleViolation.invalid("body", "Send en liste med minst én markering, for eksempel "
                    + "[{\"enrollmentId\": \"…\", \"attended\": true}].");
        }
        if (marks.size() > MAX_MARKS) {
            throw RuleViolation.invalid("body", "Høyst " + MAX_MARKS + " markeringer per forespørsel.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            String at = "[" + i + "]";
            if (mark == null || mark.enrollmentId() == null || mark.enrollmentId().isBlank()) {
                throw RuleViolation.invalid(at + ".enrollmentId", "Hver markering må ha enrollmentId.");
            }
            if (mark.attended() == null) {
                throw RuleViolation.invalid(at + ".attended", "Hver markering må ha attended: true eller false.");
            }
            if (!seen.add(mark.enrollmentId().strip())) {
                throw RuleViolation.invalid(at + ".enrollmentId", "Påmeldingen " + mark.enrollmentId().strip()
                        + " står flere ganger i forespørselen.");
            }
        }
    }
}
