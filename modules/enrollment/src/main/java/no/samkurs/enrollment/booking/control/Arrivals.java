package no.samkurs.enrollment.booking.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.samkurs.enrollment.booking.entity.Arrival;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The way in for every enrollment request: stamps its arrival, puts it in its offering's lane, and has the desk
 * admit each batch; a batch that meets a deadlock or a lock timeout is tried again a few times as a whole, and then
 * every request in it is answered "busy, try again" (503) with nothing stored.
 */
@ApplicationScoped
public class Arrivals {

    private static final Logger LOG = Logger.getLogger(Arrivals.class.getName());
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    @Inject
    Desk desk;

    /**
     * Threads made by the container (with the application's context set once, when each thread is made) for
     * plain pools: a managed executor would capture and restore the context for every task, which at a few
     * thousand answers a second costs more than the answers.
     */
    @Resource
    ManagedThreadFactory threads;

    /** Drains the lanes: at most one busy thread per offering with requests waiting. */
    Executor executor;

    @Inject
    @ConfigProperty(name = "samkurs.enrollment.batch", defaultValue = "500")
    int maxBatch;

    @Inject
    @ConfigProperty(name = "samkurs.enrollment.attempts", defaultValue = "4")
    int attempts;

    Clock clock = Clock.systemUTC();
    private final AtomicLong tieBreaker = new AtomicLong();
    private Lanes<String, Pending> lanes;

    private record Pending(Arrival arrival, CompletableFuture<Placement> answer) {
    }

    /** What a caller asks for; the arrival time and order are added here. */
    public record Request(String offeringId, String personId, String municipality, String service,
                          String idempotencyKey, String enrolledBy) {
    }

    @PostConstruct
    void open() {
        if (threads != null) {
            executor = Executors.newCachedThreadPool(threads);
        }
        lanes = new Lanes<>(executor, maxBatch, p -> p.arrival().offeringId(), this::admit);
    }

    @PreDestroy
    void close() {
        if (executor instanceof ExecutorService service) {
            service.shutdown();
        }
    }

    public CompletableFuture<Placement> enroll(Request r) {
        Arrival arrival = new Arrival(r.offeringId(), r.personId(), r.municipality(), r.service(),
                r.idempotencyKey(), r.enrolledBy(), clock.instant(), tieBreaker.incrementAndGet());
        CompletableFuture<Placement> answer = new CompletableFuture<>();
        lanes.submit(new Pending(arrival, answer));
        return answer.orTimeout(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
    }

    /** For callers that wait anyway (pages, bulk lists): the placement, or the refusal thrown. */
    public Placement enrollAndWait(Request r) {
        try {
            return enroll(r).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(Refusal.BUSY);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof TimeoutException) {
                throw new Refused(Refusal.BUSY);
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    void admit(String offeringId, List<Pending> batch) {
        List<Arrival> arrivals = batch.stream().map(Pending::arrival).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                List<Placement> placements = desk.admit(offeringId, arrivals);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).answer().complete(placements.get(i));
                }
                return;
            } catch (RuntimeException e) {
                if (Transience.isTransient(e) && attempt < attempts) {
                    pause(attempt);
                    continue;
                }
                RuntimeException answer = e;
                if (Transience.isTransient(e)) {
                    LOG.warning(() -> "Enrollment batch for " + offeringId + " of " + batch.size()
                            + " gave up after " + attempts + " attempts: " + e);
                    answer = new Refused(Refusal.BUSY);
                } else {
                    LOG.log(Level.SEVERE, "Enrollment batch for " + offeringId + " failed", e);
                }
                for (Pending p : batch) {
                    p.answer().completeExceptionally(answer);
                }
                return;
            }
        }
    }

    /** A random pause that grows with each attempt, so that two instances that collided do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
