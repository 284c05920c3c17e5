package no.samkurs.notification.outbox.control;

import jakarta.persistence.EntityManager;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.notification.Fixtures;
import no.samkurs.notification.outbox.entity.Kind;
import no.samkurs.notification.outbox.entity.Notice;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static no.samkurs.notification.Fixtures.EDITOR;
import static no.samkurs.notification.Fixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recording: one message per enrollment change, in the change's transaction, with the SEQUENCE, language and dedupe
 * key decided there; through the real schema on each database we run on.
 */
abstract class OutboxContract extends OnDatabase {

    @Test
    void eachChangeRecordsOneMessageWithWhatWasDecidedThen() {
        String offering = offering(Fixtures.webinar("Traumebevisst praksis", 2));
        Person bokmal = person("nb");
        Person nynorsk = person("nn");
        Person unchosen = person(null);
        List<Placement> placed = admit(offering, bokmal, nynorsk, unchosen);
        Notice first = of(offering, bokmal);
        assertEquals(Kind.CONFIRMED, first.kind());
        assertEquals(placed.get(0).enrollmentId(), first.enrollmentId().orElseThrow());
        assertEquals("nb", first.language().orElseThrow());
        assertEquals("nn", of(offering, nynorsk).language().orElseThrow());
        Notice waiting = of(offering, unchosen);
        assertEquals(Kind.WAITLISTED, waiting.kind());
        assertEquals(1, waiting.position().orElseThrow());
        assertTrue(waiting.language().isEmpty());
        for (Notice n : notices(offering)) {
            assertEquals(no.samkurs.notification.outbox.entity.Status.PENDING, n.status());
            assertEquals(0, n.attempts());
            assertEquals("<" + n.id() + "@samkurs.no>", n.messageId());
            assertEquals(Fixtures.NOW, n.createdAt());
            assertEquals(feedSequence(offering) + 1, n.sequence(), "newer than what the feed shows");
            assertEquals("start:" + n.enrollmentId().orElseThrow() + ":0", n.dedupeKey());
        }
        assertEquals(3, notices(offering).size());
    }

    @Test
    void aChangeThatRollsBackLeavesNoMessage() {
        String offering = offering(Fixtures.webinar("Rulles tilbake", 10));
        Person person = person("nb");
        EntityManager em = jpa.createEntityManager();
        try {
            em.getTransaction().begin();
            new Wired(em, clock).desk.admit(offering, List.of(Fixtures.arrival(offering, person)));
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        assertEquals(List.of(), notices(offering));
    }

    @Test
    void sequenceRisesFromConfirmThroughOfferingChangesToCancelAndEnrollingAgain() {
        String offering = offering(Fixtures.webinar("Endres to ganger", 10));
        Person person = person("nb");
        Placement confirmed = admit(offering, person).get(0);
        int confirm = of(offering, person).sequence();
        assertTrue(confirm > feedSequence(offering));
        moveSession(offering, 1);
        moveSession(offering, 2);
        int changed = feedSequence(offering);
        assertTrue(changed > confirm, "two changes of the offering raised the feed's SEQUENCE above the invitation's");
        cancel(offering, confirmed);
        Notice cancelled = of(offering, person);
        assertEquals(Kind.CANCELLED, cancelled.kind());
        assertTrue(cancelled.sequence() > changed, "the CANCEL is newer than anything the feed showed");
        assertEquals("cancelled:" + confirmed.enrollmentId() + ":0", cancelled.dedupeKey());
        Placement again = admit(offering, person).get(0);
        assertEquals(confirmed.enrollmentId(), again.enrollmentId(), "enrolling again reuses the enrollment");
        Notice reinvited = of(offering, person);
        assertEquals(Kind.CONFIRMED, reinvited.kind());
        assertTrue(reinvited.sequence() > cancelled.sequence());
        assertEquals("start:" + confirmed.enrollmentId() + ":1", reinvited.dedupeKey(), "a new cycle");
        assertEquals(List.of(confirm, confirm + 1, confirm + 2, cancelled.sequence(), reinvited.sequence()),
                notices(offering).stream().map(Notice::sequence).toList(), "each change sent the invitation again");
    }

    private void moveSession(String offeringId, int hours) {
        run(em -> {
            Offering o = em.find(Offering.class, offeringId);
            String session = o.sessions().get(0).id();
            o.update(Fixtures.details(o.title(), o.capacity().orElse(null), List.of(new SessionDetails(session,
                    START.plusSeconds(3600L * hours), START.plusSeconds(3600L * hours + 5400), null,
                    Fixtures.JOIN_LINK, null))), EDITOR, clock.instant());
            em.flush();
            new Wired(em, clock).projection.project(offeringId);
        });
    }

    @Test
    void onlyTheConfirmedGetACancelAndTheFirstInLineIsInvitedWhenASeatFrees() {
        String offering = offering(Fixtures.webinar("Ett sete", 1));
        Person seated = person("nb");
        Person waiting = person("en");
        Person later = person("nn");
        List<Placement> placed = admit(offering, seated, waiting);
        cancel(offering, placed.get(1));
        assertEquals(Kind.LEFT_WAITLIST, of(offering, waiting).kind());
        admit(offering, later);
        cancel(offering, placed.get(0));
        assertEquals(Kind.CANCELLED, of(offering, seated).kind());
        Notice promoted = of(offering, later);
        assertEquals(Kind.PROMOTED, promoted.kind());
        assertEquals("promoted:" + promoted.enrollmentId().orElseThrow() + ":0", promoted.dedupeKey());
        assertEquals(List.of(Kind.CONFIRMED, Kind.CANCELLED), kinds(offering, seated));
        assertEquals(List.of(Kind.WAITLISTED, Kind.LEFT_WAITLIST), kinds(offering, waiting));
        assertEquals(List.of(Kind.WAITLISTED, Kind.PROMOTED), kinds(offering, later));
    }

    private List<Kind> kinds(String offeringId, Person person) {
        return notices(offeringId).stream().filter(n -> n.personId().equals(person.id())).map(Notice::kind).toList();
    }

    @Test
    void aLargerCapacityInvitesThoseItLetsIn() throws Exception {
        String offering = offering(Fixtures.webinar("Flere plasser", 1));
        Person seated = person("nb");
        Person second = person("nb");
        Person third = person("nb");
        admit(offering, seated, second, third);
        java.lang.reflect.Method onOffering = no.samkurs.enrollment.booking.control.Enrollments.class
                .getDeclaredMethod("onOffering", no.samkurs.catalog.offering.control.OfferingChanged.class);
        onOffering.setAccessible(true);
        wired(w -> {
            Offering o = w.seats.lock(offering).orElseThrow();
            o.update(Fixtures.details(o.title(), 3, List.of(new SessionDetails(o.sessions().get(0).id(), START,
                    START.plusSeconds(5400), null, Fixtures.JOIN_LINK, null))), EDITOR, clock.instant());
            try {
                // As the catalog's change of the offering reaches enrollment: in the same transaction.
                onOffering.invoke(w.enrollments, new no.samkurs.catalog.offering.control.OfferingChanged(offering));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            return null;
        });
        assertEquals(List.of(Kind.WAITLISTED, Kind.PROMOTED), kinds(offering, second));
        assertEquals(List.of(Kind.WAITLISTED, Kind.PROMOTED), kinds(offering, third));
        assertEquals(List.of(Kind.CONFIRMED), kinds(offering, seated));
    }

    @Test
    void theSameChangeIsNeverRecordedTwice() {
        String offering = offering(Fixtures.webinar("Én gang", 10));
        Person person = person("nb");
        Placement placed = admit(offering, person).get(0);
        Outbox.Entry again = new Outbox.Entry(Kind.CONFIRMED, person.id(), offering, placed.enrollmentId(), null,
                "start", clock.instant());
        int recorded = wired(w -> w.outbox.record(List.of(again, again)));
        assertEquals(0, recorded, "the desk recorded it already");
        assertEquals(1, notices(offering).size());
    }

    @Test
    void aBurstRecordsOneMessageForEveryEnrollment() {
        String offering = offering(Fixtures.webinar("Mange på en gang", 100));
        List<Person> people = tx(em -> IntStream.range(0, 150).mapToObj(i -> Fixtures.participant(em, "nb")).toList());
        List<Placement> placed = admit(offering, people.toArray(Person[]::new));
        List<Notice> notices = notices(offering);
        assertEquals(150, notices.size());
        assertEquals(100, notices.stream().filter(n -> n.kind() == Kind.CONFIRMED).count());
        assertEquals(IntStream.rangeClosed(1, 50).boxed().toList(), notices.stream()
                .filter(n -> n.kind() == Kind.WAITLISTED).map(n -> n.position().orElseThrow()).sorted().toList());
        assertEquals(new ArrayList<>(placed.stream().map(Placement::enrollmentId).sorted().toList()),
                notices.stream().map(n -> n.enrollmentId().orElseThrow()).sorted().toList());
    }
}
