package no.samkurs.catalog.offering;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.HostState;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Link;
import no.samkurs.catalog.offering.entity.LinkKind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.offering.entity.Venue;
import no.samkurs.catalog.search.control.IndexSource;
import no.samkurs.catalog.search.control.IndexedOffering;
import no.samkurs.catalog.search.control.SeatCount;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static no.samkurs.catalog.Fixtures.details;
import static no.samkurs.catalog.Fixtures.oslo;
import static no.samkurs.catalog.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offering aggregate stored and read back through the real schema, on each database we run on. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OfferingPersistenceContract {

    abstract TestDatabase.Kind kind();

    TestDatabase database;
    EntityManagerFactory jpa;

    @BeforeAll
    void migrate() {
        database = TestDatabase.create(kind()).migrated();
        jpa = database.persistenceUnit("catalog-test");
    }

    @AfterAll
    void drop() {
        jpa.close();
        database.close();
    }

    void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = jpa.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    String storeCoHostedCourse() {
        String[] id = new String[1];
        inTransaction(em -> {
            Organisation lead = em.find(Organisation.class, "korus-nord");
            OfferingDetails course = details(Kind.COURSE, Delivery.HYBRID, "Rusforebygging i Tromsø-skolen",
                    Set.of(Topic.SUBSTANCE_USE, Topic.EARLY_INTERVENTION), Set.of(TargetGroup.SCHOOL),
                    Set.of("55", "56"), new Venue("Kulturhuset", "Grønnegata 87", "5501"),
                    List.of(session("2027-02-10T09:00", "2027-02-10T15:00"),
                            session("2027-03-10T09:00", "2027-03-10T15:00")));
            course = new OfferingDetails(course.kind(), course.delivery(), course.title(), course.summary(),
                    course.description(), course.topics(), course.targetGroups(), false, course.counties(), "nb", 0,
                    30, oslo("2026-12-01T08:00"), oslo("2027-02-01T23:59"), null, course.venue(),
                    List.of(new Link(LinkKind.MATERIAL, "Program", "https://samkurs.no/demo/program")),
                    course.sessions());
            Offering offering = new Offering(lead, course, Instant.now());
            offering.invite(em.find(Organisation.class, "rvts-nord"), Actor.editorOf("korus-nord"), Instant.now());
            offering.answer("rvts-nord", true, Actor.editorOf("rvts-nord"), Instant.now());
            offering.publish(Actor.editorOf("korus-nord"), Instant.now());
            em.persist(offering);
            id[0] = offering.id();
        });
        return id[0];
    }

    @Test
    void theWholeAggregateComesBack() {
        String id = storeCoHostedCourse();
        EntityManager em = jpa.createEntityManager();
        Offering read = em.find(Offering.class, id);
        assertEquals(Status.PUBLISHED, read.status());
        assertEquals("Rusforebygging i Tromsø-skolen", read.title());
        assertEquals(Set.of(Topic.SUBSTANCE_USE, Topic.EARLY_INTERVENTION), read.topics());
        assertEquals(Set.of("55", "56"), read.counties());
        assertEquals(2, read.sessions().size());
        assertEquals(oslo("2027-02-10T09:00"), read.sessions().get(0).startsAt());
        assertEquals(HostState.ACCEPTED, read.coHosts().get(0).state());
        assertEquals(List.of("korus-nord", "rvts-nord"), read.hosts().stream().map(Host::id).toList());
        assertEquals("https://samkurs.no/demo/program", read.links().get(0).url());
        assertEquals(oslo("2027-02-01T23:59"), read.enrollmentCloses().orElseThrow());
        assertEquals(30, read.seatsLeft().orElseThrow());
        em.close();
    }

    @Test
    void coHostAnswersAreStoredEvenAfterAFlushInTheSameTransaction() {
        String id = storeCoHostedCourse();
        inTransaction(em -> {
            Offering offering = em.find(Offering.class, id);
            offering.invite(em.find(Organisation.class, "rkbu-nord"), Actor.editorOf("korus-nord"), Instant.now());
            em.flush();
            offering.answer("rkbu-nord", false, Actor.editorOf("rkbu-nord"), Instant.now());
            em.flush();
            offering.invite(em.find(Organisation.class, "rkbu-nord"), Actor.editorOf("korus-nord"), Instant.now());
            em.flush();
            offering.answer("rkbu-nord", true, Actor.editorOf("rkbu-nord"), Instant.now());
        });
        EntityManager em = jpa.createEntityManager();
        assertEquals(List.of("korus-nord", "rvts-nord", "rkbu-nord"),
                em.find(Offering.class, id).hosts().stream().map(Host::id).toList());
        em.close();
    }

    @Test
    void aStaleVersionIsRefused() {
        String id = storeCoHostedCourse();
        EntityManager first = jpa.createEntityManager();
        EntityManager second = jpa.createEntityManager();
        first.getTransaction().begin();
        second.getTransaction().begin();
        Offering mine = first.find(Offering.class, id);
        Offering theirs = second.find(Offering.class, id);
        mine.cancel("Avlyst av meg", Actor.editorOf("korus-nord"), Instant.now());
        first.getTransaction().commit();
        theirs.cancel("Avlyst av en annen", Actor.editorOf("korus-nord"), Instant.now());
        assertThrows(RollbackException.class, () -> second.getTransaction().commit());
        first.close();
        second.close();
        EntityManager check = jpa.createEntityManager();
        assertEquals("Avlyst av meg", check.find(Offering.class, id).cancelReason().orElseThrow());
        check.close();
    }

    @Test
    void theIndexReadsOfferingsInPagesAndFindsRecentChanges() {
        Instant before = Instant.now().minusSeconds(1);
        String id = storeCoHostedCourse();
        EntityManager em = jpa.createEntityManager();
        IndexSource source = new IndexSource(em);
        List<IndexedOffering> all = source.page("", 1000);
        assertTrue(all.stream().anyMatch(o -> o.id().equals(id)));
        IndexedOffering indexed = all.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
        assertEquals(Set.of("korus-nord", "rvts-nord"), indexed.providers().keySet());
        assertTrue(indexed.text().contains("Tromsø"), "the venue's municipality name is searchable");
        assertTrue(source.changedSince(before).contains(id));
        assertEquals(List.of(), source.changedSince(Instant.now().plusSeconds(60)));
        assertEquals("Troms", source.countyNames().get("55"));
        em.close();
    }

    @Test
    void theSeatBoardReadsTheSeatsOfOfferingsWithACapacity() {
        String id = storeCoHostedCourse();
        inTransaction(em -> em.createQuery(
                        "UPDATE Offering o SET o.seatsTaken = 30, o.waitlisted = 4 WHERE o.id = :id")
                .setParameter("id", id).executeUpdate());
        String[] unlimited = new String[1];
        inTransaction(em -> {
            OfferingDetails d = details(Kind.WEBINAR, Delivery.DIGITAL, "Åpent webinar", Set.of(Topic.TRAUMA),
                    Set.of(TargetGroup.SCHOOL), Set.of("55"), null, List.of());
            Offering offering = new Offering(em.find(Organisation.class, "rvts-nord"), new OfferingDetails(d.kind(),
                    d.delivery(), d.title(), d.summary(), d.description(), d.topics(), d.targetGroups(),
                    d.national(), d.counties(), d.language(), d.priceNok(), null, null, null, null, null, List.of(),
                    List.of(session("2027-02-10T09:00", "2027-02-10T10:00"))), Instant.now());
            em.persist(offering);
            unlimited[0] = offering.id();
        });
        EntityManager em = jpa.createEntityManager();
        IndexSource source = new IndexSource(em);
        assertEquals(new SeatCount(30, 30, 4), source.seats().get(id));
        assertFalse(source.seats().containsKey(unlimited[0]), "no capacity, nothing for the board");
        assertNull(source.some(List.of(unlimited[0])).get(0).seats());
        assertEquals(new SeatCount(30, 30, 4), source.some(List.of(id)).get(0).seats());
        assertEquals(4, em.find(Offering.class, id).waitlisted());
        em.close();
    }
}
