package no.samkurs.enrollment.booking.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.Fixtures;
import no.samkurs.enrollment.Wired;
import no.samkurs.enrollment.booking.entity.Arrival;
import no.samkurs.enrollment.booking.entity.EnrollmentStatus;
import no.samkurs.platform.schema.TestDatabase;
import no.samkurs.platform.testing.Fired;
import no.samkurs.platform.testing.TestClock;
import no.samkurs.platform.testing.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import static no.samkurs.enrollment.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guarantee against overbooking on a real MariaDB/MySQL server with many threads and two "instances" (two
 * persistence units with their own lanes, as two application servers would have), so that nothing but the database
 * can keep them apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrencyOnMariaDbTest {

    TestDatabase database;
    EntityManagerFactory one;
    EntityManagerFactory two;
    final TestClock clock = new TestClock(NOW);

    @BeforeAll
    void migrate() {
        database = TestDatabase.create(TestDatabase.Kind.MYSQL).migrated();
        one = database.persistenceUnit("enrollment-test");
        two = database.persistenceUnit("enrollment-test");
    }

    @AfterAll
    void drop() {
        one.close();
        two.close();
        database.close();
    }

    /** The desk in its own transaction per batch, as the container runs it. */
    final class TxDesk extends Desk {
        final EntityManagerFactory jpa;

        TxDesk(EntityManagerFactory jpa) {
            this.jpa = jpa;
        }

        @Override
        public List<Placement> admit(String offeringId, List<Arrival> arrivals) {
            return tx(jpa, w -> w.desk.admit(offeringId, arrivals));
        }
    }

    <T> T tx(EntityManagerFactory jpa, Function<Wired, T> work) {
        return Transactions.in(jpa, em -> work.apply(new Wired(em, clock, new Fired<>())));
    }

    Arrivals instance(EntityManagerFactory jpa, ExecutorService threads) {
        Arrivals arrivals = new Arrivals();
        arrivals.desk = new TxDesk(jpa);
        arrivals.executor = threads;
        arrivals.maxBatch = 500;
        arrivals.attempts = 8;
        arrivals.clock = clock;
        arrivals.open();
        return arrivals;
    }

    List<Person> create(int count) {
        EntityManager em = one.createEntityManager();
        try {
            em.getTransaction().begin();
            String[] places = {"5501", "5601", "5634", "0301", "4601"};
            List<Person> people = IntStream.range(0, count)
                    .mapToObj(i -> Fixtures.participant(em, places[i % places.length])).toList();
            em.getTransaction().commit();
            return people;
        } finally {
            em.close();
        }
    }

    String offering(int capacity) {
        EntityManager em = one.createEntityManager();
        try {
            em.getTransaction().begin();
            String id = Fixtures.published(em, Fixtures.webinar(capacity, null, null)).id();
            em.getTransaction().commit();
            return id;
        } finally {
            em.close();
        }
    }

    @Test
    void aBurstThroughTheLanesOfTwoInstancesFillsTheSeatsExactlyAndNumbersTheLine() throws Exception {
        int capacity = 100;
        String offering = offering(capacity);
        List<Person> people = create(2_000);
        ExecutorService threadsOne = Executors.newFixedThreadPool(4);
        ExecutorService threadsTwo = Executors.newFixedThreadPool(4);
        ExecutorService clients = Executors.newFixedThreadPool(32);
        try {
            Arrivals first = instance(one, threadsOne);
            Arrivals second = instance(two, threadsTwo);
            List<CompletableFuture<Placement>> answers = Collections.synchronizedList(new ArrayList<>());
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                Arrivals to = i % 2 == 0 ? first : second;
                sent.add(CompletableFuture.runAsync(() -> answers.add(to.enroll(new Arrivals.Request(offering, p.id(),
                        p.municipality().orElseThrow().number(), "school", null, p.id()))), clients));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            List<Placement> placed = new ArrayList<>();
            for (CompletableFuture<Placement> answer : answers) {
                placed.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(capacity, placed.stream().filter(p -> p.status() == EnrollmentStatus.CONFIRMED).count());
            Set<Integer> positions = new TreeSet<>();
            placed.stream().filter(p -> p.status() == EnrollmentStatus.WAITLISTED).forEach(p -> positions.add(p.position()));
            assertEquals(people.size() - capacity, positions.size(), "every waiting person a position of their own");
            assertEquals(1, positions.iterator().next());
            assertEquals(people.size() - capacity, ((TreeSet<Integer>) positions).last());
            assertConsistent(offering, capacity, people.size());
        } finally {
            threadsOne.shutdownNow();
            threadsTwo.shutdownNow();
            clients.shutdownNow();
        }
    }

    @Test
    void oneTransactionPerRequestOnTheHotRowIsCorrectToo() throws Exception {
        int capacity = 30;
        String offering = offering(capacity);
        List<Person> people = create(300);
        ExecutorService clients = Executors.newFixedThreadPool(24);
        try {
            List<CompletableFuture<Placement>> answers = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                EntityManagerFactory jpa = i % 2 == 0 ? one : two;
                answers.add(CompletableFuture.supplyAsync(() -> retried(() -> tx(jpa, w -> w.desk.admit(offering,
                        List.of(Fixtures.arrival(offering, p, null))).get(0))), clients));
            }
            long confirmed = 0;
            for (CompletableFuture<Placement> answer : answers) {
                confirmed += answer.get(60, TimeUnit.SECONDS).status() == EnrollmentStatus.CONFIRMED ? 1 : 0;
            }
            assertEquals(capacity, confirmed);
            assertConsistent(offering, capacity, people.size());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void cancellationsDuringTheBurstPromoteAndNeverOverbook() throws Exception {
        int capacity = 40;
        String offering = offering(capacity);
        List<Person> people = create(400);
        ExecutorService threadsOne = Executors.newFixedThreadPool(4);
        ExecutorService threadsTwo = Executors.newFixedThreadPool(4);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            Arrivals first = instance(one, threadsOne);
            Arrivals second = instance(two, threadsTwo);
            List<CompletableFuture<Void>> work = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                Arrivals to = i % 2 == 0 ? first : second;
                EntityManagerFactory jpa = i % 2 == 0 ? one : two;
                work.add(CompletableFuture.runAsync(() -> {
                    Placement placed = to.enrollAndWait(new Arrivals.Request(offering, p.id(),
                            p.municipality().orElseThrow().number(), null, null, p.id()));
                    if (ThreadLocalRandom.current().nextInt(4) == 0) {
                        retried(() -> tx(jpa, w -> w.enrollments.cancel(offering, placed.enrollmentId(),
                                new Enrollments.Canceller(p.id(), false), null)));
                    }
                }, clients));
            }
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            int active = count("SELECT COUNT(*) FROM enrollment WHERE offering_id = '" + offering
                    + "' AND status <> 'CANCELLED'");
            assertTrue(active > capacity, "enough stay for a line: " + active);
            assertConsistent(offering, capacity, active);
        } finally {
            threadsOne.shutdownNow();
            threadsTwo.shutdownNow();
            clients.shutdownNow();
        }
    }

    /** Exactly the capacity confirmed, the rest in a line numbered by arrival, and the counts agree. */
    void assertConsistent(String offering, int capacity, int active) throws SQLException {
        String where = " FROM enrollment WHERE offering_id = '" + offering + "'";
        assertEquals(capacity, count("SELECT COUNT(*)" + where + " AND status = 'CONFIRMED'"));
        assertEquals(active - capacity, count("SELECT COUNT(*)" + where + " AND status = 'WAITLISTED'"));
        assertEquals(count("SELECT COUNT(*)" + where), count("SELECT COUNT(DISTINCT person_id)" + where));
        assertEquals(count("SELECT COUNT(*)" + where), count("SELECT COUNT(DISTINCT arrival)" + where));
        assertEquals(capacity, count("SELECT seats_taken FROM offering WHERE id = '" + offering + "'"));
        assertEquals(active - capacity, count("SELECT waitlisted FROM offering WHERE id = '" + offering + "'"));
        // Nobody who arrived earlier waits while someone who arrived later holds a seat they got on arrival.
        assertEquals(0, count("SELECT COUNT(*)" + where + " AND status = 'CONFIRMED' AND promoted = FALSE AND "
                + "arrival > (SELECT MIN(w.arrival) FROM enrollment w WHERE w.offering_id = '" + offering
                + "' AND w.status = 'WAITLISTED')"));
    }

    int count(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    static <T> T retried(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!Transience.isTransient(e) || attempt >= 10) {
                    throw e;
                }
            }
        }
    }
}
