package no.samkurs.calendar.series.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import no.samkurs.platform.testing.Fired;
import no.samkurs.calendar.Fixture;
import no.samkurs.platform.testing.TestClock;
import no.samkurs.calendar.series.entity.OccurrenceChange;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.calendar.series.entity.SeriesDetails;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static no.samkurs.calendar.Fixture.oslo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The series use cases through the real schema: the aggregate with its excluded dates and changed meetings comes
 * back as stored, a stale version is refused, and every change is announced inside its transaction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MeetingsContract {

    static final Actor RVTS = Actor.editorOf("rvts-vest");
    static final LocalDate NOVEMBER_17 = LocalDate.parse("2026-11-17");
    static final LocalDate DECEMBER_1 = LocalDate.parse("2026-12-01");

    abstract TestDatabase.Kind kind();

    TestDatabase database;
    EntityManagerFactory jpa;
    final Fired<SeriesChanged> changes = new Fired<>();
    final TestClock clock = new TestClock(oslo("2026-08-20T10:00"));

    @BeforeAll
    void migrate() {
        database = TestDatabase.create(kind()).migrated();
        jpa = database.persistenceUnit("calendar-test");
    }

    @AfterAll
    void drop() {
        jpa.close();
        database.close();
    }

    <T> T withMeetings(Function<Meetings, T> work) {
        EntityManager em = jpa.createEntityManager();
        try {
            Meetings meetings = new Meetings();
            meetings.em = em;
            meetings.changed = changes;
            meetings.clock = clock;
            em.getTransaction().begin();
            T result = work.apply(meetings);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    String network() {
        EntityManager em = jpa.createEntityManager();
        try {
            em.getTransaction().begin();
            Offering offering = new Offering(em.find(Organisation.class, "rvts-vest"), Fixture.network("Nettverk"),
                    clock.instant());
            offering.publish(RVTS, clock.instant());
            em.persist(offering);
            em.getTransaction().commit();
            return offering.id();
        } finally {
            em.close();
        }
    }

    Series reread(String id) {
        return withMeetings(m -> {
            Series series = m.require(id);
            series.changes().size();
            series.excludedDates().size();
            return series;
        });
    }

    @Test
    void theSeriesComesBackWithItsExclusionsAndChangedMeetings() {
        String offering = network();
        Series created = withMeetings(m -> m.create(offering, Fixture.autumn(), RVTS));
        withMeetings(m -> m.changeOccurrence(created.id(), NOVEMBER_17, false, oslo("2026-11-19T09:00"),
                oslo("2026-11-19T11:00"), RVTS));
        withMeetings(m -> m.changeOccurrence(created.id(), DECEMBER_1, true, null, null, RVTS));
        Series read = reread(created.id());
        assertEquals(Set.of(LocalDate.parse("2026-10-06")), read.excludedDates());
        assertEquals(LocalTime.of(13, 0), read.startTime());
        assertEquals(LocalDate.parse("2026-09-08"), read.firstDate());
        assertEquals("Bergen rådhus, møterom 3", read.location().orElseThrow());
        assertEquals(List.of(NOVEMBER_17, DECEMBER_1), read.changes().stream().map(OccurrenceChange::date).toList());
        assertEquals(oslo("2026-11-19T09:00"), read.changes().get(0).startsAt());
        assertTrue(read.changes().get(1).cancelled());
        assertEquals(2, read.revision());
        assertEquals(List.of(created.id(), created.id(), created.id()), changes.fired.stream()
                .filter(c -> c.offeringId().equals(offering)).map(SeriesChanged::seriesId).toList());
    }

    @Test
    void aRestoredMeetingAndAMovedMeetingMovedAgainLeaveOneRowEach() {
        String offering = network();
        Series created = withMeetings(m -> m.create(offering, Fixture.autumn(), RVTS));
        withMeetings(m -> m.changeOccurrence(created.id(), DECEMBER_1, true, null, null, RVTS));
        withMeetings(m -> m.restoreOccurrence(created.id(), DECEMBER_1, RVTS));
        withMeetings(m -> m.changeOccurrence(created.id(), NOVEMBER_17, false, oslo("2026-11-19T09:00"),
                oslo("2026-11-19T11:00"), RVTS));
        withMeetings(m -> m.changeOccurrence(created.id(), NOVEMBER_17, true, oslo("2026-11-20T09:00"),
                oslo("2026-11-20T11:00"), RVTS));
        Series read = reread(created.id());
        assertEquals(1, read.changes().size(), read.changes().toString());
        assertEquals(oslo("2026-11-20T09:00"), read.changes().get(0).startsAt());
        assertTrue(read.changes().get(0).cancelled());
        assertFalse(read.occurrences().stream().filter(o -> o.date().equals(DECEMBER_1)).findFirst().orElseThrow()
                .cancelled());
    }

    @Test
    void aStaleVersionIsRefusedByTheCallersVersionAndByJpa() {
        String offering = network();
        Series created = withMeetings(m -> m.create(offering, Fixture.autumn(), RVTS));
        long version = reread(created.id()).version();
        withMeetings(m -> m.update(created.id(), version, Fixture.withRule(Fixture.autumn(),
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=5"), RVTS));
        RuleViolation stale = assertThrows(RuleViolation.class, () -> withMeetings(m -> m.update(created.id(), version,
                Fixture.autumn(), RVTS)));
        assertEquals(RuleViolation.Kind.CONFLICT, stale.kind());

        EntityManager first = jpa.createEntityManager();
        EntityManager second = jpa.createEntityManager();
        first.getTransaction().begin();
        second.getTransaction().begin();
        Offering o1 = first.find(Offering.class, offering);
        Offering o2 = second.find(Offering.class, offering);
        first.find(Series.class, created.id()).cancel(o1, RVTS, clock.instant());
        second.find(Series.class, created.id()).restoreOccurrence(o2, LocalDate.parse("2026-09-22"), RVTS,
                clock.instant());
        second.find(Series.class, created.id()).changeOccurrence(o2, LocalDate.parse("2026-09-22"), true, null, null,
                RVTS, clock.instant());
        first.getTransaction().commit();
        assertThrows(RollbackException.class, () -> second.getTransaction().commit());
        first.close();
        second.close();
        assertTrue(reread(created.id()).cancelled());
        assertEquals(List.of(), reread(created.id()).changes());
    }

    @Test
    void badInputStoresNothing() {
        String offering = network();
        SeriesDetails bad = Fixture.withRule(Fixture.autumn(), "FREQ=SECONDLY;COUNT=2");
        assertEquals("rule", assertThrows(RuleViolation.class, () -> withMeetings(m -> m.create(offering, bad, RVTS)))
                .field());
        assertEquals(List.of(), withMeetings(m -> m.ofOffering(offering)));
        assertEquals(RuleViolation.Kind.NOT_FOUND, assertThrows(RuleViolation.class,
                () -> withMeetings(m -> m.create("finnes-ikke", Fixture.autumn(), RVTS))).kind());
        assertEquals(RuleViolation.Kind.NOT_FOUND, assertThrows(RuleViolation.class,
                () -> withMeetings(m -> m.require("finnes-ikke"))).kind());
    }
}
