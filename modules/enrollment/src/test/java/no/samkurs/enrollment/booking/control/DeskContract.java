package no.samkurs.enrollment.booking.control;

import no.samkurs.catalog.offering.control.OfferingChanged;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.Fixtures;
import no.samkurs.enrollment.Database;
import no.samkurs.enrollment.Wired;
import no.samkurs.enrollment.booking.entity.Arrival;
import no.samkurs.enrollment.booking.entity.Enrollment;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.enrollment.booking.entity.PolicyDetails;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.enrollment.booking.entity.Seat;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import static no.samkurs.enrollment.Fixtures.NOW;
import static no.samkurs.enrollment.Fixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desk, the line and cancelling through the real schema, on each database we run on. */
abstract class DeskContract extends Database {

    boolean check(Function<Wired, Boolean> work) {
        return wired(work);
    }

    String offering(OfferingDetails details) {
        return tx(em -> Fixtures.published(em, details).id());
    }

    List<Person> people(int count, String municipality) {
        return tx(em -> IntStream.range(0, count).mapToObj(i -> Fixtures.participant(em, municipality)).toList());
    }

    List<Placement> admit(String offeringId, List<Person> people) {
        return wired(w -> w.desk.admit(offeringId, people.stream()
                .map(p -> Fixtures.arrival(offeringId, p, null)).toList()));
    }

    Offering read(String offeringId) {
        return tx(em -> em.find(Offering.class, offeringId));
    }

    Enrollment enrollment(String id) {
        return tx(em -> em.find(Enrollment.class, id));
    }

    @Test
    void seatsGoInOrderThenTheLineWithPositions() {
        String offering = offering(Fixtures.webinar(3, null, null));
        List<Placement> placed = admit(offering, people(5, "5501"));
        assertEquals(List.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.CONFIRMED, EnrollmentStatus.CONFIRMED,
                EnrollmentStatus.WAITLISTED, EnrollmentStatus.WAITLISTED), placed.stream().map(Placement::status).toList());
        assertEquals(java.util.Arrays.asList(null, null, null, 1, 2),
                placed.stream().map(Placement::position).toList());
        assertTrue(placed.stream().allMatch(Placement::created));
        assertEquals(3, read(offering).seatsTaken());
        assertEquals(2, read(offering).waitlisted());
        Enrollment first = enrollment(placed.get(0).enrollmentId());
        assertEquals("5501", first.municipality().orElseThrow());
        assertEquals("school", first.service().orElseThrow());
        assertEquals(NOW, first.arrivedAt());
        assertEquals(Seat.GENERAL, first.seat().orElseThrow());
        assertEquals(3, changes.fired.stream().filter(c -> c.change() == EnrollmentChanged.Change.ENROLLED).count());
        assertEquals(List.of(1, 2), changes.fired.stream()
                .filter(c -> c.change() == EnrollmentChanged.Change.WAITLISTED).map(EnrollmentChanged::position).toList());
    }

    @Test
    void aRepeatedRequestGetsTheEnrollmentItMade() {
        String offering = offering(Fixtures.webinar(1, null, null));
        List<Person> two = people(2, "5501");
        admit(offering, two);
        Person waiting = two.get(1);
        List<Placement> again = wired(w -> w.desk.admit(offering, List.of(
                Fixtures.arrival(offering, waiting, null), Fixtures.arrival(offering, waiting, null))));
        for (Placement p : again) {
            assertFalse(p.created());
            assertEquals(EnrollmentStatus.WAITLISTED, p.status());
            assertEquals(1, p.position());
        }
        assertEquals(again.get(0).enrollmentId(), again.get(1).enrollmentId());
        assertEquals(1, read(offering).waitlisted());
        Long rows = tx(em -> em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.offeringId = :o", Long.class)
                .setParameter("o", offering).getSingleResult());
        assertEquals(2L, rows);
    }

    @Test
    void theSamePersonTwiceInOneBatchIsOneEnrollment() {
        String offering = offering(Fixtures.webinar(10, null, null));
        Person person = people(1, "5501").get(0);
        List<Placement> placed = wired(w -> w.desk.admit(offering, List.of(
                Fixtures.arrival(offering, person, "k1"), Fixtures.arrival(offering, person, "k2"))));
        assertTrue(placed.get(0).created());
        assertFalse(placed.get(1).created());
        assertEquals(placed.get(0).enrollmentId(), placed.get(1).enrollmentId());
        assertEquals(1, read(offering).seatsTaken());
    }

    @Test
    void anIdempotencyKeyAnswersWithItsEnrollmentAndIsNotReusedElsewhere() {
        String first = offering(Fixtures.webinar(10, null, null));
        String second = offering(Fixtures.webinar(10, null, null));
        Person person = people(1, "5501").get(0);
        Placement made = wired(w -> w.desk.admit(first, List.of(Fixtures.arrival(first, person, "abc")))).get(0);
        // Cancelled since; the retried request with the same key still answers with that enrollment.
        wired(w -> w.enrollments.cancel(first, made.enrollmentId(), new Enrollments.Canceller(person.id(), false), null));
        Placement retried = wired(w -> w.desk.admit(first, List.of(Fixtures.arrival(first, person, "abc")))).get(0);
        assertEquals(made.enrollmentId(), retried.enrollmentId());
        assertEquals(EnrollmentStatus.CANCELLED, retried.status());
        Placement elsewhere = wired(w -> w.desk.admit(second, List.of(Fixtures.arrival(second, person, "abc"))))
                .get(0);
        assertEquals(Refusal.KEY_REUSED, elsewhere.refused().reason());
        assertEquals(0, read(second).seatsTaken());
    }

    @Test
    void someoneWhoCancelledMayEnrollAgainAtTheBackOfTheLine() {
        String offering = offering(Fixtures.webinar(1, null, null));
        List<Person> two = people(2, "5501");
        List<Placement> placed = admit(offering, two);
        wired(w -> w.enrollments.cancel(offering, placed.get(0).enrollmentId(),
                new Enrollments.Canceller(two.get(0).id(), false), null));
        Placement again = admit(offering, List.of(two.get(0))).get(0);
        assertTrue(again.created());
        assertEquals(placed.get(0).enrollmentId(), again.enrollmentId());
        assertEquals(EnrollmentStatus.WAITLISTED, again.status());
        assertEquals(1, again.position());
        assertEquals(EnrollmentStatus.CONFIRMED, enrollment(placed.get(1).enrollmentId()).status());
    }

    @Test
    void everyClosedStateIsRefusedWithItsReason() {
        Person person = people(1, "5501").get(0);
        assertEquals(Refusal.UNKNOWN_OFFERING, admit("no-such-offering", List.of(person)).get(0).refused().reason());
        String notYet = offering(Fixtures.webinar(10, NOW.plusSeconds(3600), null));
        assertEquals(Refusal.NOT_OPEN_YET, admit(notYet, List.of(person)).get(0).refused().reason());
        String closed = offering(Fixtures.webinar(10, null, NOW.minusSeconds(1)));
        assertEquals(Refusal.CLOSED, admit(closed, List.of(person)).get(0).refused().reason());
        String draft = tx(em -> {
            Offering o = new Offering(em.find(no.samkurs.directory.organisation.entity.Organisation.class, "rvts-nord"),
                    Fixtures.webinar(10, null, null), NOW);
            em.persist(o);
            return o.id();
        });
        assertEquals(Refusal.UNKNOWN_OFFERING, admit(draft, List.of(person)).get(0).refused().reason());
        String cancelled = offering(Fixtures.webinar(10, null, null));
        tx(em -> {
            em.find(Offering.class, cancelled).cancel("Sykdom", no.samkurs.catalog.offering.entity.Actor
                    .anAdministrator(), NOW);
            return null;
        });
        assertEquals(Refusal.OFFERING_CANCELLED, admit(cancelled, List.of(person)).get(0).refused().reason());
        String ended = offering(Fixtures.webinar(10, null, null));
        clock.set(START.plus(Duration.ofDays(1)));
        assertEquals(Refusal.OFFERING_ENDED, admit(ended, List.of(person)).get(0).refused().reason());
        assertEquals(0, read(ended).seatsTaken());
    }

    @Test
    void aMunicipalityGetsNoMoreThanItsSeats() {
        String offering = offering(Fixtures.webinar(10, null, null));
        wired(w -> w.enrollments.setPolicy(offering, null, new PolicyDetails(null, 2, 0, null, null, false), true));
        List<Placement> placed = admit(offering, people(3, "5601"));
        assertEquals(Refusal.MUNICIPALITY_FULL, placed.get(2).refused().reason());
        assertEquals(EnrollmentStatus.CONFIRMED, admit(offering, people(1, "5501")).get(0).status());
        assertEquals(3, read(offering).seatsTaken());
    }

    @Test
    void aCancelledSeatGoesToTheFirstInLineInTheSameTransaction() {
        String offering = offering(Fixtures.webinar(2, null, null));
        List<Person> four = people(4, "5501");
        List<Placement> placed = admit(offering, four);
        changes.fired.clear();
        Enrollment cancelled = wired(w -> w.enrollments.cancel(offering, placed.get(1).enrollmentId(),
                new Enrollments.Canceller(four.get(1).id(), false), null));
        assertEquals(EnrollmentStatus.CANCELLED, cancelled.status());
        Enrollment promoted = enrollment(placed.get(2).enrollmentId());
        assertEquals(EnrollmentStatus.CONFIRMED, promoted.status());
        assertTrue(promoted.promoted());
        Enrollment last = enrollment(placed.get(3).enrollmentId());
        assertEquals(1, (int) wired(w -> w.line.position(last)));
        assertEquals(List.of(EnrollmentChanged.Change.CANCELLED, EnrollmentChanged.Change.PROMOTED),
                changes.fired.stream().map(EnrollmentChanged::change).toList());
        assertEquals(2, read(offering).seatsTaken());
        assertEquals(1, read(offering).waitlisted());
        // Leaving the line frees no seat and promotes nobody, but moves those behind.
        wired(w -> w.enrollments.cancel(offering, placed.get(3).enrollmentId(),
                new Enrollments.Canceller(four.get(3).id(), false), null));
        assertEquals(0, read(offering).waitlisted());
        Refused twice = assertThrows(Refused.class, () -> wired(w -> w.enrollments.cancel(offering,
                placed.get(3).enrollmentId(), new Enrollments.Canceller(four.get(3).id(), false), null)));
        assertEquals(Refusal.ALREADY_CANCELLED, twice.reason());
    }

    @Test
    void participantsCancelBeforeTheDeadlineOrganisersAnyTimeWithAReason() {
        String offering = offering(Fixtures.webinar(5, null, null));
        Person person = people(1, "5501").get(0);
        Placement placed = admit(offering, List.of(person)).get(0);
        clock.set(START.plusSeconds(60));
        Refused late = assertThrows(Refused.class, () -> wired(w -> w.enrollments.cancel(offering,
                placed.enrollmentId(), new Enrollments.Canceller(person.id(), false), null)));
        assertEquals(Refusal.DEADLINE_PASSED, late.reason());
        Refused reasonless = assertThrows(Refused.class, () -> wired(w -> w.enrollments.cancel(offering,
                placed.enrollmentId(), new Enrollments.Canceller("editor", true), " ")));
        assertEquals(Refusal.REASON_NEEDED, reasonless.reason());
        Enrollment cancelled = wired(w -> w.enrollments.cancel(offering, placed.enrollmentId(),
                new Enrollments.Canceller("editor", true), "Dobbeltpåmeldt"));
        assertEquals("Dobbeltpåmeldt", cancelled.cancelReason().orElseThrow());
        assertEquals(0, read(offering).seatsTaken());
    }

    @Test
    void nobodyIsPromotedOnceTheOfferingStarted() {
        String offering = offering(Fixtures.webinar(1, null, null));
        List<Person> two = people(2, "5501");
        List<Placement> placed = admit(offering, two);
        clock.set(START.plusSeconds(60));
        wired(w -> w.enrollments.cancel(offering, placed.get(0).enrollmentId(),
                new Enrollments.Canceller("editor", true), "Sykdom"));
        assertEquals(EnrollmentStatus.WAITLISTED, enrollment(placed.get(1).enrollmentId()).status());
        assertEquals(0, read(offering).seatsTaken());
    }

    @Test
    void moreCapacityPromotesTheLine() {
        OfferingDetails details = Fixtures.webinar(1, null, null);
        String offering = offering(details);
        List<Placement> placed = admit(offering, people(3, "5501"));
        wired(w -> {
            Offering o = w.seats.lock(offering).orElseThrow();
            o.update(withCapacity(details, o, 2), no.samkurs.catalog.offering.entity.Actor.anAdministrator(), NOW);
            w.enrollments.onOffering(new OfferingChanged(offering));
            return null;
        });
        assertEquals(EnrollmentStatus.CONFIRMED, enrollment(placed.get(1).enrollmentId()).status());
        assertEquals(EnrollmentStatus.WAITLISTED, enrollment(placed.get(2).enrollmentId()).status());
        assertEquals(2, read(offering).seatsTaken());
        assertEquals(1, read(offering).waitlisted());
    }

    @Test
    void theCapacityCannotGoBelowTheConfirmed() {
        OfferingDetails details = Fixtures.webinar(3, null, null);
        String offering = offering(details);
        admit(offering, people(3, "5501"));
        no.samkurs.platform.problem.RuleViolation refused = assertThrows(
                no.samkurs.platform.problem.RuleViolation.class, () -> wired(w -> {
                    Offering o = w.seats.lock(offering).orElseThrow();
                    o.update(withCapacity(details, o, 2), no.samkurs.catalog.offering.entity.Actor.anAdministrator(),
                            NOW);
                    return null;
                }));
        assertEquals("capacity", refused.field());
    }

    static OfferingDetails withCapacity(OfferingDetails d, Offering o, int capacity) {
        return new OfferingDetails(d.kind(), d.delivery(), d.title(), d.summary(), d.description(), d.topics(),
                d.targetGroups(), d.national(), d.counties(), d.language(), d.priceNok(), capacity,
                d.enrollmentOpens(), d.enrollmentCloses(), d.contact(), d.venue(), d.links(),
                o.sessions().stream().map(s -> new no.samkurs.catalog.offering.entity.SessionDetails(s.id(),
                        s.startsAt(), s.endsAt(), null, null, null)).toList());
    }

    @Test
    void heldSeatsGoToEligibleMunicipalitiesAndTheRestToTheLineOnTheReleaseDate() {
        String offering = offering(Fixtures.webinar(4, null, null));
        java.time.Instant release = NOW.plus(Duration.ofDays(7));
        wired(w -> w.enrollments.setPolicy(offering, null, new PolicyDetails(null, null, 2, release, 150, false),
                true));
        List<Person> near = people(4, "5501");
        Person far = people(1, "5634").get(0);
        List<Arrival> arrivals = new ArrayList<>();
        near.forEach(p -> arrivals.add(Fixtures.arrival(offering, p, null)));
        arrivals.add(Fixtures.arrival(offering, far, null));
        List<Placement> placed = wired(w -> w.desk.admit(offering, arrivals));
        // Two ordinary seats for the first two near; the other two near wait; the far one takes a held seat.
        assertEquals(List.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED,
                EnrollmentStatus.WAITLISTED, EnrollmentStatus.CONFIRMED), placed.stream().map(Placement::status).toList());
        assertEquals(Seat.RESERVED, placed.get(4).seat());
        assertEquals(3, read(offering).seatsTaken());
        // On the release date the unused held seat goes to the first in line, before any newcomer.
        clock.set(release.plusSeconds(1));
        Placement newcomer = admit(offering, people(1, "5501")).get(0);
        assertEquals(EnrollmentStatus.WAITLISTED, newcomer.status());
        assertEquals(2, newcomer.position());
        assertEquals(EnrollmentStatus.CONFIRMED, enrollment(placed.get(2).enrollmentId()).status());
        assertEquals(EnrollmentStatus.WAITLISTED, enrollment(placed.get(3).enrollmentId()).status());
        assertTrue(check(w -> w.enrollments.policy(offering).orElseThrow().releasedAt().isPresent()));
        assertFalse(check(w -> w.enrollments.release(offering)));
    }

    @Test
    void theReleaseJobFindsDueReservations() {
        String offering = offering(Fixtures.webinar(2, null, null));
        java.time.Instant release = NOW.plus(Duration.ofDays(2));
        wired(w -> w.enrollments.setPolicy(offering, null, new PolicyDetails(null, null, 1, release, null, true),
                true));
        List<Placement> placed = admit(offering, people(3, "5501"));
        assertEquals(EnrollmentStatus.WAITLISTED, placed.get(1).status());
        assertFalse(check(w -> w.enrollments.releasesDue().contains(offering)));
        clock.set(release);
        assertTrue(check(w -> w.enrollments.releasesDue().contains(offering)));
        assertTrue(check(w -> w.enrollments.release(offering)));
        assertEquals(EnrollmentStatus.CONFIRMED, enrollment(placed.get(1).enrollmentId()).status());
        assertFalse(check(w -> w.enrollments.releasesDue().contains(offering)));
    }

    @Test
    void farAndUnreachedAreFoundFromTheDirectoryAndTheSeason() {
        String offering = offering(Fixtures.webinar(5, null, null));
        Offering o = read(offering);
        java.time.Instant release = NOW.plus(Duration.ofDays(2));
        // RVTS Nord is in Tromsø: Tromsø lies within 20 km of it, Vardø more than 300 km away.
        assertEquals(java.util.Set.of(), eligible(offering, o, new PolicyDetails(null, null, 2, release, 20, false),
                "5501"));
        assertEquals(java.util.Set.of("5634"), eligible(offering, o, new PolicyDetails(null, null, 2, release, 300,
                false), "5634"));
        // Not reached this season until someone from the municipality holds a confirmed seat.
        PolicyDetails unreached = new PolicyDetails(null, null, 2, release, null, true);
        assertEquals(java.util.Set.of("5610", "5601"), eligible(offering, o, unreached, "5610", "5601"));
        admit(offering, people(1, "5610"));
        assertEquals(java.util.Set.of("5601"), eligible(offering, o, unreached, "5610", "5601"));
        // Either reason: Vardø is far, Oslo is near RVTS Øst but not reached, Tromsø is neither.
        assertEquals(java.util.Set.of("5634", "0301"), eligible(offering, o,
                new PolicyDetails(null, null, 2, release, 150, true), "5634", "0301", "5501"));
    }

    /** Which of the municipalities the desk would find eligible under these rules now. */
    java.util.Set<String> eligible(String offering, Offering o, PolicyDetails rules, String... municipalities) {
        wired(w -> w.enrollments.setPolicy(offering, null, rules, true));
        return wired(w -> w.fairShare.eligibleAmong(o, w.enrollments.policy(offering).orElseThrow(),
                java.util.Set.of(municipalities), NOW));
    }

    @Test
    void aPolicyIsForTheHostsOnlyAndCheckedAgainstTheOffering() {
        String offering = offering(Fixtures.webinar(5, null, null));
        assertThrows(no.samkurs.platform.problem.RuleViolation.class, () -> wired(w -> w.enrollments.setPolicy(
                offering, null, PolicyDetails.NONE, false)));
        no.samkurs.platform.problem.RuleViolation tooMany = assertThrows(
                no.samkurs.platform.problem.RuleViolation.class, () -> wired(w -> w.enrollments.setPolicy(offering,
                        null, new PolicyDetails(null, null, 6, NOW.plusSeconds(3600), 100, false), true)));
        assertEquals("reservedSeats", tooMany.field());
        long version = wired(w -> w.enrollments.setPolicy(offering, null, PolicyDetails.NONE, true).version());
        assertThrows(no.samkurs.platform.problem.RuleViolation.class, () -> wired(w -> w.enrollments.setPolicy(
                offering, version + 1, PolicyDetails.NONE, true)));
        assertNull(wired(w -> w.enrollments.policy(offering).orElseThrow().cancelDeadline().orElse(null)));
    }
}
