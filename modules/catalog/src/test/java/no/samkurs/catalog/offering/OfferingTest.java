package no.samkurs.catalog.offering;

import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.HostState;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.offering.entity.Venue;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static no.samkurs.catalog.Fixtures.KORUS_NORD;
import static no.samkurs.catalog.Fixtures.RKBU_NORD;
import static no.samkurs.catalog.Fixtures.RVTS_NORD;
import static no.samkurs.catalog.Fixtures.RVTS_VEST;
import static no.samkurs.catalog.Fixtures.details;
import static no.samkurs.catalog.Fixtures.oslo;
import static no.samkurs.catalog.Fixtures.retitled;
import static no.samkurs.catalog.Fixtures.session;
import static no.samkurs.catalog.Fixtures.webinar;
import static no.samkurs.catalog.Fixtures.withSessions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offering aggregate's rules: co-hosting, lifecycle, revision and who may do what. */
class OfferingTest {

    static final Instant NOW = oslo("2026-11-24T10:00");
    static final Actor RVTS = Actor.editorOf("rvts-nord");
    static final Actor KORUS = Actor.editorOf("korus-nord");
    static final Actor RKBU = Actor.editorOf("rkbu-nord");
    static final Actor STRANGER = Actor.editorOf("rvts-vest");

    static Offering draft() {
        return new Offering(RVTS_NORD, webinar("Traumebevisst praksis i skolen"), NOW);
    }

    static RuleViolation.Kind refusal(Runnable change) {
        return assertThrows(RuleViolation.class, change::run).kind();
    }

    @Test
    void aNewOfferingIsADraftLedByItsProvider() {
        Offering offering = draft();
        assertEquals(Status.DRAFT, offering.status());
        assertEquals(0, offering.revision());
        assertEquals(List.of(Host.of(RVTS_NORD)), offering.hosts());
        assertTrue(offering.isHost("rvts-nord"));
    }

    @Test
    void publishingWaitsUntilEveryInvitedCoHostHasAnswered() {
        Offering offering = draft();
        offering.invite(KORUS_NORD, RVTS, NOW);
        offering.invite(RKBU_NORD, RVTS, NOW);
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> offering.publish(RVTS, NOW)));
        offering.answer("korus-nord", true, KORUS, NOW);
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> offering.publish(RVTS, NOW)));
        offering.answer("rkbu-nord", false, RKBU, NOW);
        offering.publish(RVTS, NOW);
        assertEquals(Status.PUBLISHED, offering.status());
        assertEquals(1, offering.revision());
        assertEquals(List.of(Host.of(RVTS_NORD), Host.of(KORUS_NORD)), offering.hosts(), "a declined co-host is not a host");
    }

    @Test
    void onlyTheInvitedOrganisationAnswersItsInvitation() {
        Offering offering = draft();
        offering.invite(KORUS_NORD, RVTS, NOW);
        assertEquals(RuleViolation.Kind.FORBIDDEN, refusal(() -> offering.answer("korus-nord", true, RVTS, NOW)));
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> offering.answer("rkbu-nord", true, RKBU, NOW)));
        offering.answer("korus-nord", true, KORUS, NOW);
        assertEquals(HostState.ACCEPTED, offering.coHosts().get(0).state());
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> offering.answer("korus-nord", false, KORUS, NOW)),
                "an answer is given once");
    }

    @Test
    void onlyTheLeadInvitesRemovesCoHostsAndCancels() {
        Offering offering = draft();
        offering.invite(KORUS_NORD, RVTS, NOW);
        offering.answer("korus-nord", true, KORUS, NOW);
        assertEquals(RuleViolation.Kind.FORBIDDEN, refusal(() -> offering.invite(RKBU_NORD, KORUS, NOW)));
        assertEquals(RuleViolation.Kind.FORBIDDEN, refusal(() -> offering.removeCoHost("korus-nord", KORUS, NOW)));
        assertEquals(RuleViolation.Kind.FORBIDDEN, refusal(() -> offering.cancel("Sykdom", KORUS, NOW)));
        assertEquals(RuleViolation.Kind.INVALID, refusal(() -> offering.invite(RVTS_NORD, RVTS, NOW)));
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> offering.invite(KORUS_NORD, RVTS, NOW)));
        offering.removeCoHost("korus-nord", RVTS, NOW);
        assertFalse(offering.isHost("korus-nord"));
    }

    @Test
    void coHostsThatAcceptedMayEditOthersMayNot() {
        Offering offering = draft();
        offering.invite(KORUS_NORD, RVTS, NOW);
        assertEquals(RuleViolation.Kind.FORBIDDEN,
                refusal(() -> offering.update(retitled(webinar("x"), "Før svaret"), KORUS, NOW)));
        offering.answer("korus-nord", true, KORUS, NOW);
        offering.update(retitled(webinar("x"), "Endret av medarrangør"), KORUS, NOW);
        assertEquals("Endret av medarrangør", offering.title());
        assertEquals(RuleViolation.Kind.FORBIDDEN,
                refusal(() -> offering.update(webinar("Fra en annen region"), STRANGER, NOW)));
        offering.update(webinar("Administrator retter"), Actor.anAdministrator(), NOW);
        assertEquals("Administrator retter", offering.title());
    }

    @Test
    void anInvitationCannotBeAnsweredOnceTheOfferingIsCancelledOrArchived() {
        Offering cancelled = draft();
        cancelled.publish(RVTS, NOW);
        cancelled.invite(KORUS_NORD, RVTS, NOW);
        cancelled.cancel("For få påmeldte", RVTS, NOW);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> cancelled.answer("korus-nord", true, KORUS, NOW));
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
        assertEquals("Tilbudet er avlyst, så invitasjonen kan ikke lenger besvares.", refused.getMessage());

        Offering archived = draft();
        archived.publish(RVTS, NOW);
        archived.invite(KORUS_NORD, RVTS, NOW);
        assertTrue(archived.archiveIfEnded(oslo("2027-03-01T00:00")));
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> archived.answer("korus-nord", false, KORUS, NOW)));
        assertEquals(HostState.INVITED, archived.coHosts().get(0).state(), "the invitation stays unanswered");
    }

    @Test
    void aDeclinedOrganisationMayBeAskedAgain() {
        Offering offering = draft();
        offering.invite(KORUS_NORD, RVTS, NOW);
        offering.answer("korus-nord", false, KORUS, NOW);
        offering.invite(KORUS_NORD, RVTS, NOW);
        assertEquals(HostState.INVITED, offering.coHosts().get(0).state());
    }

    @Test
    void revisionMovesOnlyWhenTimePlaceOrLinkChangesAfterPublishing() {
        Offering offering = draft();
        offering.update(retitled(webinar("x"), "Drafts do not count"), RVTS, NOW);
        offering.publish(RVTS, NOW);
        assertEquals(1, offering.revision());

        offering.update(retitled(webinar("x"), "Ny tittel"), RVTS, NOW);
        assertEquals(1, offering.revision(), "a new title does not concern participants' calendars");

        String sessionId = offering.sessions().get(0).id();
        offering.update(withSessions(webinar("Ny tittel"), List.of(new SessionDetails(sessionId,
                oslo("2027-02-03T10:00"), oslo("2027-02-03T12:00"), null, "https://video.example.no/m", null))),
                RVTS, NOW);
        assertEquals(2, offering.revision(), "a new time is");
        assertEquals(sessionId, offering.sessions().get(0).id(), "the session keeps its id for calendars");

        offering.update(withSessions(webinar("Ny tittel"), List.of(new SessionDetails(sessionId,
                oslo("2027-02-03T10:00"), oslo("2027-02-03T12:00"), null, "https://video.example.no/ny", null))),
                RVTS, NOW);
        assertEquals(3, offering.revision(), "a new join link is");

        offering.cancel("Foreleser er syk", RVTS, NOW);
        assertEquals(4, offering.revision(), "and so is a cancellation");
        assertEquals(Status.CANCELLED, offering.status());
        assertEquals("Foreleser er syk", offering.cancelReason().orElseThrow());
    }

    @Test
    void aCancelledOfferingStaysAsItWas() {
        Offering offering = draft();
        offering.publish(RVTS, NOW);
        assertEquals(RuleViolation.Kind.INVALID, refusal(() -> offering.cancel(" ", RVTS, NOW)));
        offering.cancel("For få påmeldte", RVTS, NOW);
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> offering.update(webinar("y"), RVTS, NOW)));
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> offering.cancel("igjen", RVTS, NOW)));
        assertEquals(RuleViolation.Kind.CONFLICT, refusal(() -> offering.publish(RVTS, NOW)));
    }

    @Test
    void archivedOnlyAfterTheLastSessionHasEnded() {
        Offering offering = draft();
        offering.publish(RVTS, NOW);
        assertFalse(offering.archiveIfEnded(oslo("2027-02-03T10:59")));
        assertTrue(offering.archiveIfEnded(oslo("2027-02-03T11:01")));
        assertEquals(Status.ARCHIVED, offering.status());

        Offering elearning = new Offering(RVTS_NORD, details(Kind.E_LEARNING, Delivery.DIGITAL, "Selvstudium",
                Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), Set.of(), null, List.of()), NOW);
        elearning.publish(RVTS, NOW);
        assertFalse(elearning.archiveIfEnded(oslo("2030-01-01T00:00")), "self-paced e-learning never ends by itself");
        Offering unpublished = draft();
        assertFalse(unpublished.archiveIfEnded(oslo("2030-01-01T00:00")), "drafts are not archived");
    }

    @Test
    void publishingNeedsSessionsExceptForELearningAndLearningNetworks() {
        Offering offering = new Offering(RVTS_NORD, withSessions(webinar("Uten dato"), List.of()), NOW);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> offering.publish(RVTS, NOW));
        assertEquals(RuleViolation.Kind.INVALID, refused.kind());
        assertEquals("sessions", refused.field());
        assertTrue(refused.getMessage().contains("minst én økt"));

        Offering course = new Offering(RVTS_NORD, details(Kind.COURSE, Delivery.DIGITAL, "Kurs uten dato",
                Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), Set.of("55"), null, List.of()), NOW);
        assertEquals(RuleViolation.Kind.INVALID, refusal(() -> course.publish(RVTS, NOW)));

        Offering network = new Offering(RVTS_NORD, details(Kind.NETWORK, Delivery.DIGITAL, "Læringsnettverk",
                Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), Set.of("55"), null, List.of()), NOW);
        network.publish(RVTS, NOW);
        assertEquals(Status.PUBLISHED, network.status(), "a network's meetings may be a series in the calendar");
        assertFalse(network.archiveIfEnded(oslo("2030-01-01T00:00")), "without sessions it never ends by itself");
    }

    @Test
    void detailsMustHangTogether() {
        Organisation lead = RVTS_NORD;
        assertEquals("venue", field(() -> new Offering(lead, details(Kind.COURSE, Delivery.IN_PERSON, "Kurs",
                Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), Set.of("18"), null,
                List.of(session("2027-03-01T09:00", "2027-03-01T15:00"))), NOW)));
        assertEquals("delivery", field(() -> new Offering(lead, details(Kind.WEBINAR, Delivery.IN_PERSON, "W",
                Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), Set.of("18"), new Venue("Sal", "Gate 1", "1804"),
                List.of(session("2027-03-01T09:00", "2027-03-01T10:00"))), NOW)));
        assertEquals("sessions[0].end", field(() -> new Offering(lead, withSessions(webinar("Baklengs"),
                List.of(session("2027-03-01T10:00", "2027-03-01T09:00"))), NOW)));
        assertEquals("sessions", field(() -> new Offering(lead, details(Kind.E_LEARNING, Delivery.DIGITAL, "E",
                Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), Set.of("18"), null,
                List.of(session("2027-03-01T09:00", "2027-03-01T10:00"))), NOW)));
        assertEquals("topics", field(() -> new Offering(lead, details(Kind.WEBINAR, Delivery.DIGITAL, "W",
                Set.of(), Set.of(TargetGroup.SCHOOL), Set.of("18"), null, List.of()), NOW)));
        assertEquals("sessions[0].id", field(() -> draft().update(withSessions(webinar("x"),
                List.of(new SessionDetails("no-such-session", oslo("2027-03-01T09:00"), oslo("2027-03-01T10:00"),
                        null, null, null))), RVTS, NOW)));
    }

    private static String field(Runnable change) {
        RuleViolation violation = assertThrows(RuleViolation.class, change::run);
        return violation.toProblem().errors().get(0).field();
    }
}
