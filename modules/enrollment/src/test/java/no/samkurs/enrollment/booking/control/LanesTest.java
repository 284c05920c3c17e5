package no.samkurs.enrollment.booking.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanesTest {

    @Test
    void whileOneBatchIsAtWorkTheNextGathersAndEveryRequestIsHandledOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        Lanes<String, Integer> lanes = new Lanes<>(threads, 50, i -> "offering", (key, batch) -> {
            batches.add(batch);
            firstBatchStarted.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        lanes.submit(0);
        assertTrue(firstBatchStarted.await(5, TimeUnit.SECONDS));
        for (int i = 1; i <= 120; i++) {
            lanes.submit(i);
        }
        release.countDown();
        threads.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (batches.stream().mapToInt(List::size).sum() < 121 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(List.of(1, 50, 50, 20), batches.stream().map(List::size).toList(),
                "the first alone, then the 120 that gathered meanwhile in batches of at most 50");
        List<Integer> all = batches.stream().flatMap(List::stream).sorted().toList();
        assertEquals(121, all.size());
        assertEquals(120, all.get(all.size() - 1));
    }

    @Test
    void eachOfferingHasItsOwnLaneAndNothingIsLeftWaitingUnderConcurrency() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlapping = new AtomicInteger();
        Lanes<String, String> lanes = new Lanes<>(threads, 500, r -> r.substring(0, 1), (key, batch) -> {
            if (running.incrementAndGet() > 3) {
                overlapping.incrementAndGet();
            }
            batch.forEach(r -> handled.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet());
            running.decrementAndGet();
        });
        for (int i = 0; i < 30_000; i++) {
            String request = "abc".charAt(i % 3) + "-" + i;
            clients.execute(() -> lanes.submit(request));
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(10, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (handled.values().stream().mapToInt(AtomicInteger::get).sum() < 30_000 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        threads.shutdown();
        assertEquals(Map.of("a", 10_000, "b", 10_000, "c", 10_000),
                Map.of("a", handled.get("a").get(), "b", handled.get("b").get(), "c", handled.get("c").get()));
        assertEquals(0, overlapping.get(), "at most one batch per lane at a time");
    }
}
