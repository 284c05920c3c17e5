package no.samkurs.catalog.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import no.samkurs.catalog.offering.control.OfferingChanged;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.SeatsChanged;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.platform.schema.SchemaReady;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the search index current: built from the database in the background at start-up, updated after every
 * committed change on this instance, and every half minute from the database for changes made by other instances.
 * Seats are kept the same way on the {@link SeatBoard}, without touching the index: after every committed change
 * of seats on this instance, and read anew from the database on every poll.
 */
@ApplicationScoped
public class Indexing {

    private static final Logger LOG = Logger.getLogger(Indexing.class.getName());
    private static final int PAGE = 500;
    private static final Duration POLL = Duration.ofSeconds(30);

    @Inject
    IndexSource source;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final SeatBoard seats = new SeatBoard();
    private CatalogIndex index;
    private volatile boolean ready;
    private volatile Instant polledUntil;
    private volatile Map<String, String> countyNames = Map.of();

    @PostConstruct
    void open() {
        index = new CatalogIndex(seats);
    }

    @PreDestroy
    void close() {
        index.close();
    }

    void onSchemaReady(@Observes SchemaReady schema) {
        scheduler.submit(this::rebuild);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferingChanged change) {
        reindex(List.of(change.offeringId()));
    }

    void onSeats(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeatsChanged change) {
        seats.record(change.offeringId(), change.capacity(), change.taken(), change.waitlisted());
    }

    void rebuild() {
        try {
            Instant started = Instant.now();
            countyNames = source.countyNames();
            reloadSeats();
            String after = "";
            int count = 0;
            for (List<IndexedOffering> page = source.page(after, PAGE); !page.isEmpty();
                 page = source.page(after, PAGE)) {
                index.put(page);
                count += page.size();
                after = page.get(page.size() - 1).id();
            }
            index.compact();
            polledUntil = started.minus(POLL);
            ready = true;
            int indexed = count;
            LOG.info(() -> "Search index built: " + indexed + " offerings in "
                    + Duration.between(started, Instant.now()).toMillis() + " ms.");
            scheduler.scheduleWithFixedDelay(this::poll, POLL.toSeconds(), POLL.toSeconds(), TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Building the search index failed; retrying in 10 s", e);
            scheduler.schedule(this::rebuild, 10, TimeUnit.SECONDS);
        }
    }

    void poll() {
        try {
            Instant now = Instant.now();
            reloadSeats();
            reindex(source.changedSince(polledUntil));
            // Overlap the windows so that a change committed during the poll is not missed.
            polledUntil = now.minusSeconds(5);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Polling for changed offerings failed", e);
        }
    }

    /** In pages, each made searchable at once: a poll after a bulk change may bring thousands. */
    private void reindex(List<String> ids) {
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + PAGE));
            long stamp = seats.stamp();
            List<IndexedOffering> found = source.some(slice);
            Set<String> gone = new HashSet<>(slice);
            found.forEach(o -> gone.remove(o.id()));
            index.remove(gone);
            index.put(found);
            // A new capacity (or none) counts at once, not from the next poll.
            seats.load(stamp, slice, found.stream().filter(o -> o.seats() != null)
                    .collect(Collectors.toMap(IndexedOffering::id, IndexedOffering::seats)));
        }
    }

    private void reloadSeats() {
        long stamp = seats.stamp();
        seats.reload(stamp, source.seats());
    }

    public boolean isReady() {
        return ready;
    }

    public SearchResult search(SearchRequest request, Reader reader) {
        if (!ready) {
            throw RuleViolation.unavailable("Søket bygges opp etter oppstart. Prøv igjen om noen sekunder.");
        }
        return index.search(request.requireCounties(countyNames.keySet()), reader, Instant.now());
    }

    /** County names for facet labels, read once: a database round trip per label would dominate a search. */
    public String countyName(String number) {
        return countyNames.getOrDefault(number, number);
    }

    public String providerName(String id) {
        return index.providerName(id);
    }
}
