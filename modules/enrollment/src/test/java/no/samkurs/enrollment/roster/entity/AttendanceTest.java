package no.samkurs.enrollment.roster.entity;

import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.region.entity.GeoPoint;
import no.samkurs.enrollment.booking.entity.Arrival;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.enrollment.booking.entity.Seat;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttendanceTest {

    static final Instant START = Instant.parse("2026-12-01T12:00:00Z");
    static final Instant BEFORE = START.minusSeconds(60);

    static Session session() {
        OfferingDetails details = new OfferingDetails(Kind.WEBINAR, Delivery.DIGITAL, "Trygg base", "Et webinar.",
                null, Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), true, Set.of(), "nb", 0, 10, null, null,
                null, null, List.of(), List.of(new SessionDetails(null, START, START.plusSeconds(3600), null, null,
                null)));
        Organisation lead = new Organisation("rvts-nord", OrganisationType.RVTS, "RVTS Nord", new GeoPoint(69.65, 18.96));
        return new Offering(lead, details, BEFORE).sessions().get(0);
    }

    static Enrollment enrollment(Seat seat) {
        return new Enrollment("e1", "o1", new Arrival("o1", "p1", "5501", "school", null, "p1", BEFORE, 1), false, 1,
                seat, BEFORE);
    }

    @Test
    void attendanceIsRecordedFromTheSessionsStart() {
        Refused early = assertThrows(Refused.class, () -> Attendance.requireStarted(session(), BEFORE));
        assertEquals(Refusal.SESSION_NOT_STARTED, early.reason());
        assertEquals(409, early.status());
        assertEquals("Oppmøte kan registreres når økten har startet (1. desember 2026 kl. 13:00).",
                early.message(Locale.forLanguageTag("nb")));
        assertDoesNotThrow(() -> Attendance.requireStarted(session(), START));
        assertDoesNotThrow(() -> Attendance.requireStarted(session(), START.plusSeconds(86400 * 30)));
    }

    @Test
    void onlyConfirmedParticipantsHaveAttendance() {
        assertDoesNotThrow(() -> Attendance.requireConfirmed(enrollment(Seat.GENERAL)));
        assertEquals(Refusal.NOT_CONFIRMED,
                assertThrows(Refused.class, () -> Attendance.requireConfirmed(enrollment(null))).reason());
        Enrollment cancelled = enrollment(Seat.GENERAL);
        cancelled.cancel("p1", null, START);
        assertEquals(Refusal.NOT_CONFIRMED,
                assertThrows(Refused.class, () -> Attendance.requireConfirmed(cancelled)).reason());
    }

    @Test
    void aCorrectionReplacesTheAnswerAndWhoGaveIt() {
        Attendance attendance = new Attendance("e1", "s1", true, "editor-1", START);
        assertTrue(attendance.attended());
        attendance.record(false, "editor-2", START.plusSeconds(600));
        assertFalse(attendance.attended());
        assertEquals("editor-2", attendance.recordedBy());
        assertEquals(START.plusSeconds(600), attendance.recordedAt());
        assertEquals("e1", attendance.enrollmentId());
        assertEquals("s1", attendance.sessionId());
    }

    @Test
    void theKeyIsTheEnrollmentAndTheSession() {
        assertEquals(new Attendance.Key("e1", "s1"), new Attendance.Key("e1", "s1"));
        assertEquals(new Attendance.Key("e1", "s1").hashCode(), new Attendance.Key("e1", "s1").hashCode());
        assertFalse(new Attendance.Key("e1", "s1").equals(new Attendance.Key("e1", "s2")));
    }
}
