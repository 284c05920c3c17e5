package no.samkurs.enrollment.roster.control;

import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.enrollment.roster.entity.Attendance;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import static no.samkurs.enrollment.Fixtures.NOW;
import static no.samkurs.enrollment.Fixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Recording attendance through the real schema, on each database we run on. */
abstract class AttendancesContract extends OnDatabase {

    static final String EDITOR = "00000000-0000-0000-0000-0000000000ed";

    String offering;
    List<String> sessions;
    List<Placement> placed;

    /** Two confirmed (Kari, Ola) and one waiting (Siri) in an offering with two sessions, a week apart. */
    @BeforeEach
    void enroll() {
        offering = offering("Traumebevisst praksis", 2);
        placed = admit(offering, NOW, participant("Kari", "5501"), participant("Ola", "5501"),
                participant("Siri", "5601"));
        sessions = tx(em -> em.find(Offering.class, offering).sessions().stream()
                .sorted(Comparator.comparing(Session::startsAt)).map(Session::id).toList());
        clock.set(START.plusSeconds(3600));
    }

    <T> T withAttendances(Function<Attendances, T> work) {
        return tx(em -> {
            Attendances attendances = new Attendances();
            attendances.em = em;
            attendances.clock = clock;
            return work.apply(attendances);
        });
    }

    List<Attendances.Recorded> record(String sessionId, String by, Attendances.Mark... marks) {
        return withAttendances(a -> a.record(a.em.find(Offering.class, offering), sessionId, List.of(marks), by));
    }

    List<Attendances.Recorded> of(String sessionId) {
        return withAttendances(a -> a.of(a.em.find(Offering.class, offering), sessionId));
    }

    Attendances.Mark mark(int who, boolean attended) {
        return new Attendances.Mark(placed.get(who).enrollmentId(), attended);
    }

    long stored() {
        return tx(em -> em.createQuery("SELECT COUNT(a) FROM Attendance a WHERE a.enrollmentId IN :ids", Long.class)
                .setParameter("ids", placed.stream().map(Placement::enrollmentId).toList()).getSingleResult());
    }

    @Test
    void theOrganiserRecordsWhoCameAndReadsItBack() {
        List<Attendances.Recorded> answer = record(sessions.get(0), EDITOR, mark(0, true), mark(1, false));
        assertEquals(List.of("Kari:true", "Ola:false"), answer.stream().map(r -> r.name() + ":" + r.attended()).toList());
        assertEquals(answer, of(sessions.get(0)));
        Attendances.Recorded kari = answer.get(0);
        assertEquals(placed.get(0).enrollmentId(), kari.enrollmentId());
        assertEquals(placed.get(0).personId(), kari.personId());
        assertEquals("confirmed", kari.status());
        assertEquals(EDITOR, kari.recordedBy());
        assertEquals(START.plusSeconds(3600), kari.recordedAt());
        assertEquals(List.of("Kari:null", "Ola:null"), of(sessions.get(1)).stream()
                .map(r -> r.name() + ":" + r.attended()).toList(), "the next session has nothing recorded yet");
    }

    @Test
    void recordingAgainReplacesTheAnswerInTheSameRow() {
        record(sessions.get(0), EDITOR, mark(0, true));
        clock.set(START.plusSeconds(7200));
        String other = "00000000-0000-0000-0000-0000000000ef";
        List<Attendances.Recorded> answer = record(sessions.get(0), other, mark(0, false), mark(1, true));
        assertEquals(Arrays.asList(false, true), answer.stream().map(Attendances.Recorded::attended).toList());
        assertEquals(other, answer.get(0).recordedBy());
        assertEquals(START.plusSeconds(7200), answer.get(0).recordedAt());
        assertEquals(2L, stored());
    }

    @Test
    void nothingIsRecordedBeforeTheSessionStarts() {
        Refused early = assertThrows(Refused.class, () -> record(sessions.get(1), EDITOR, mark(0, true)));
        assertEquals(Refusal.SESSION_NOT_STARTED, early.reason());
        clock.set(START.minusSeconds(1));
        assertEquals(Refusal.SESSION_NOT_STARTED,
                assertThrows(Refused.class, () -> record(sessions.get(0), EDITOR, mark(0, true))).reason());
        assertEquals(0L, stored());
    }

    @Test
    void onlyConfirmedParticipantsAndAllOrNothing() {
        Refused waiting = assertThrows(Refused.class, () -> record(sessions.get(0), EDITOR, mark(0, true),
                mark(2, true)));
        assertEquals(Refusal.NOT_CONFIRMED, waiting.reason());
        assertEquals(0L, stored(), "Kari's mark was not stored either");
    }

    @Test
    void unknownSessionsAndOtherOfferingsEnrollmentsAreNotFound() {
        assertEquals(Refusal.UNKNOWN_SESSION, assertThrows(Refused.class,
                () -> record("00000000-0000-0000-0000-000000000000", EDITOR, mark(0, true))).reason());
        assertEquals(Refusal.UNKNOWN_SESSION, assertThrows(Refused.class,
                () -> of("00000000-0000-0000-0000-000000000000")).reason());
        String other = offering("Et annet tilbud", 5);
        Placement elsewhere = admit(other, NOW, participant("Per", "5501")).get(0);
        assertEquals(Refusal.UNKNOWN_ENROLLMENT, assertThrows(Refused.class, () -> record(sessions.get(0), EDITOR,
                mark(0, true), new Attendances.Mark(elsewhere.enrollmentId(), true))).reason());
        assertEquals(0L, stored());
    }

    @Test
    void aMalformedRequestIsRefusedAsAWhole() {
        assertEquals(RuleViolation.Kind.INVALID, assertThrows(RuleViolation.class,
                () -> record(sessions.get(0), EDITOR)).kind());
        RuleViolation missing = assertThrows(RuleViolation.class, () -> record(sessions.get(0), EDITOR,
                mark(0, true), new Attendances.Mark(placed.get(1).enrollmentId(), null)));
        assertEquals("[1].attended", missing.field());
        RuleViolation twice = assertThrows(RuleViolation.class, () -> record(sessions.get(0), EDITOR,
                mark(0, true), mark(0, false)));
        assertEquals("[1].enrollmentId", twice.field());
        assertEquals(0L, stored());
    }

    @Test
    void someoneCancelledAfterTheirAttendanceWasRecordedStaysOnTheSessionsList() {
        record(sessions.get(0), EDITOR, mark(0, true));
        wired(w -> w.enrollments.cancel(offering, placed.get(0).enrollmentId(),
                new Enrollments.Canceller(EDITOR, true), "Sluttet i jobben"));
        List<Attendances.Recorded> list = of(sessions.get(0));
        assertEquals(List.of("Kari:cancelled:true", "Ola:confirmed:null"), list.stream()
                .map(r -> r.name() + ":" + r.status() + ":" + r.attended()).toList());
        assertEquals(Refusal.NOT_CONFIRMED,
                assertThrows(Refused.class, () -> record(sessions.get(0), EDITOR, mark(0, false))).reason());
        assertNull(of(sessions.get(1)).stream().filter(r -> r.name().equals("Kari")).findFirst().orElse(null),
                "nor on sessions where nothing was recorded for them");
    }

    @Test
    void theRowIsMappedToTheAttendanceTable() {
        record(sessions.get(0), EDITOR, mark(1, true));
        Attendance row = tx(em -> em.find(Attendance.class,
                new Attendance.Key(placed.get(1).enrollmentId(), sessions.get(0))));
        assertEquals(true, row.attended());
        assertEquals(EDITOR, row.recordedBy());
        assertEquals(START.plusSeconds(3600), row.recordedAt());
    }
}
