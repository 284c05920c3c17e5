package no.samkurs.notification.outbox.control;

import jakarta.persistence.EntityManager;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.notification.Fixtures;
import no.samkurs.notification.outbox.entity.Notice;
import no.samkurs.notification.outbox.entity.Retries;
import no.samkurs.notification.outbox.entity.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claims in the database: a lease per message, taken by one claim at a time, taken again when it runs out; settled
 * only by the claim that holds it; retried by the rule. On each database we run on.
 */
abstract class ClaimsContract extends OnDatabase {

    static final Duration LEASE = Duration.ofMinutes(5);
    static final Retries RETRIES = new Retries(Duration.ofMinutes(1), Duration.ofMinutes(10), 3);

    /** An offering with {@code count} confirmed participants, each with a pending confirmation. */
    String recorded(int count) {
        String offering = offering(Fixtures.webinar("Kø for utsending", 1000));
        List<Person> people = tx(em -> IntStream.range(0, count).mapToObj(i -> Fixtures.participant(em, "nb"))
                .toList());
        admit(offering, people.toArray(Person[]::new));
        return offering;
    }

    Notice read(String id) {
        return tx(em -> em.find(Notice.class, id));
    }

    @Test
    void aClaimTakesTheDueMessagesAndNobodyElseUntilItsLeaseRunsOut() {
        recorded(3);
        LocalClaims claims = new LocalClaims(jpa);
        Instant now = clock.instant();
        List<Notice> first = claims.claim("a/1", now, now.plus(LEASE), 10);
        assertEquals(3, first.size());
        assertTrue(first.stream().allMatch(n -> n.claimedBy().orElseThrow().equals("a/1")
                && n.claimedUntil().orElseThrow().equals(now.plus(LEASE))));
        assertEquals(List.of(), claims.claim("b/1", now.plus(LEASE).minusSeconds(1),
                now.plus(LEASE).plus(LEASE), 10), "held while the lease lasts");
        Instant later = now.plus(LEASE).plusSeconds(1);
        List<Notice> again = claims.claim("b/2", later, later.plus(LEASE), 10);
        assertEquals(first.stream().map(Notice::id).sorted().toList(), again.stream().map(Notice::id).sorted()
                .toList(), "the instance that held them died: another takes them");
        String id = first.get(0).id();
        assertFalse(claims.sent(id, "a/1", later), "a claim that lost its lease settles nothing");
        assertEquals(Status.PENDING, read(id).status());
        assertTrue(claims.sent(id, "b/2", later));
        Notice sent = read(id);
        assertEquals(Status.SENT, sent.status());
        assertEquals(1, sent.attempts());
        assertEquals(later, sent.sentAt().orElseThrow());
        assertTrue(sent.claimedBy().isEmpty());
        assertEquals(2, claims.release("b/2"));
        assertEquals(2, claims.claim("c/1", later, later.plus(LEASE), 10).size(), "given back, free at once");
    }

    @Test
    void aFailedMessageWaitsItsTurnAndIsGivenUpAfterTheLastAttemptWithItsReason() {
        recorded(1);
        LocalClaims claims = new LocalClaims(jpa);
        Instant now = clock.instant();
        String id = claims.claim("a/1", now, now.plus(LEASE), 10).get(0).id();
        assertTrue(claims.failed(id, "a/1", "451 4.3.0 Try again later", false, now, RETRIES));
        Notice waiting = read(id);
        assertEquals(Status.PENDING, waiting.status());
        assertEquals(1, waiting.attempts());
        assertEquals(now.plus(Duration.ofMinutes(1)), waiting.nextAttemptAt());
        assertEquals("451 4.3.0 Try again later", waiting.lastError().orElseThrow());
        assertEquals(List.of(), claims.claim("a/2", now.plusSeconds(59), now.plus(LEASE), 10), "not due yet");
        Instant second = now.plusSeconds(60);
        claims.claim("a/3", second, second.plus(LEASE), 10);
        claims.failed(id, "a/3", "451 again", false, second, RETRIES);
        assertEquals(second.plus(Duration.ofMinutes(2)), read(id).nextAttemptAt(), "twice as long");
        Instant third = second.plus(Duration.ofMinutes(2));
        claims.claim("a/4", third, third.plus(LEASE), 10);
        claims.failed(id, "a/4", "451 still\r\nX-Injected: no", false, third, RETRIES);
        Notice failed = read(id);
        assertEquals(Status.FAILED, failed.status());
        assertEquals(3, failed.attempts());
        assertEquals("451 still X-Injected: no", failed.lastError().orElseThrow(), "one line");
        assertEquals(List.of(), claims.claim("a/5", third.plus(Duration.ofDays(1)), third.plus(LEASE), 10));
    }

    @Test
    void aClaimThatSawTheMessagesFreeGetsNoneOnceAnotherTookThem() throws Exception {
        recorded(5);
        Instant now = clock.instant();
        EntityManager first = jpa.createEntityManager();
        EntityManager second = jpa.createEntityManager();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            first.getTransaction().begin();
            Claims a = new Claims();
            a.em = first;
            assertEquals(5, a.claim("a/1", now, now.plus(LEASE), 10).size());
            // The second claim reads the rows as free (not committed yet) and must wait for them, then find them taken.
            Future<List<Notice>> late = other.submit(() -> {
                second.getTransaction().begin();
                Claims b = new Claims();
                b.em = second;
                List<Notice> got = b.claim("b/1", now, now.plus(LEASE), 10);
                second.getTransaction().commit();
                return got;
            });
            Thread.sleep(300);
            assertFalse(late.isDone(), "the second claim waits for the rows the first one holds");
            first.getTransaction().commit();
            assertEquals(List.of(), late.get(10, TimeUnit.SECONDS));
        } finally {
            other.shutdownNow();
            first.close();
            second.close();
        }
    }

    @Test
    void twoClaimersAtOnceNeverTakeTheSameMessage() throws Exception {
        recorded(120);
        Instant now = clock.instant();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> takers = new ArrayList<>();
            for (String instance : List.of("a", "b")) {
                takers.add(two.submit(() -> {
                    LocalClaims claims = new LocalClaims(jpa);
                    List<String> taken = new ArrayList<>();
                    start.await();
                    for (int round = 0; ; round++) {
                        List<Notice> batch = claims.claim(instance + "/" + round, now, now.plus(LEASE), 7);
                        if (batch.isEmpty()) {
                            return taken;
                        }
                        batch.forEach(n -> taken.add(n.id()));
                    }
                }));
            }
            List<String> a = takers.get(0).get();
            List<String> b = takers.get(1).get();
            Set<String> both = new HashSet<>(a);
            both.retainAll(b);
            assertEquals(Set.of(), both, "no message claimed twice");
            assertEquals(120, new HashSet<>(a).size() + new HashSet<>(b).size());
            assertEquals(120, a.size() + b.size());
        } finally {
            two.shutdownNow();
        }
    }
}
