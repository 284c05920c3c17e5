package no.samkurs.enrollment.booking.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit: requests for the same key (an offering) wait in a lane; one task per lane drains it, handing all
 * that arrived meanwhile to the batch consumer at once. While a batch commits, the next one gathers, so a burst
 * needs a few transactions instead of one per request, and the offering's row lock is taken once per batch. Only
 * throughput lives here; correctness is the batch's transaction's (the lane is per JVM, the lock is in the
 * database).
 */
public final class Lanes<K, R> {

    private static final Logger LOG = Logger.getLogger(Lanes.class.getName());
    private final Executor executor;
    private final int maxBatch;
    private final BiConsumer<K, List<R>> batch;
    private final Function<R, K> key;
    private final Map<K, Lane<R>> lanes = new ConcurrentHashMap<>();

    private static final class Lane<R> {
        final Queue<R> waiting = new ConcurrentLinkedQueue<>();
        final AtomicBoolean draining = new AtomicBoolean();
    }

    public Lanes(Executor executor, int maxBatch, Function<R, K> key, BiConsumer<K, List<R>> batch) {
        this.executor = executor;
        this.maxBatch = maxBatch;
        this.key = key;
        this.batch = batch;
    }

    public void submit(R request) {
        K k = key.apply(request);
        Lane<R> lane = lanes.computeIfAbsent(k, x -> new Lane<>());
        lane.waiting.add(request);
        if (lane.draining.compareAndSet(false, true)) {
            executor.execute(() -> drain(k, lane));
        }
    }

    private void drain(K k, Lane<R> lane) {
        while (true) {
            List<R> next = new ArrayList<>();
            R r;
            while (next.size() < maxBatch && (r = lane.waiting.poll()) != null) {
                next.add(r);
            }
            if (next.isEmpty()) {
                lane.draining.set(false);
                // A request added between the last poll and the reset would wait forever: take the lane back.
                if (lane.waiting.isEmpty() || !lane.draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                batch.accept(k, next);
            } catch (RuntimeException e) {
                // The consumer answers its requests itself, also when it fails; the lane must go on.
                LOG.log(Level.SEVERE, "A batch for " + k + " failed unanswered", e);
            }
        }
    }
}
