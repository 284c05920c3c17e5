package no.samkurs.catalog.search.control;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The seats of every offering with a capacity, as they are now: enrollments move them thousands of times a minute,
 * far too often to reindex the offering each time. Fed two ways: by each committed change on this instance
 * ({@link #record}), and by reading the database ({@link #load}, {@link #reload}), which brings other instances'
 * changes. A read must not undo a change recorded while it ran, so each entry keeps the stamp of what set it: take
 * a {@link #stamp()} before reading, and the read then replaces only entries set before that stamp. Changes to one
 * offering commit one at a time (its row is locked), but may be recorded out of order when they commit close
 * together; the next read puts that right.
 */
public final class SeatBoard {

    /** What set an offering's entry, and when; {@code seats} null: known to have no capacity. */
    private record Entry(SeatCount seats, long stamp) {
        boolean full() {
            return seats != null && seats.full();
        }
    }

    private final AtomicLong clock = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> full = ConcurrentHashMap.newKeySet();
    private final AtomicLong fullChanges = new AtomicLong();

    /** A committed change: it replaces whatever the board held for the offering. */
    public void record(String offeringId, Integer capacity, int taken, int waitlisted) {
        SeatCount seats = capacity == null ? null : new SeatCount(capacity, taken, waitlisted);
        entries.compute(offeringId, (id, old) -> changed(id, old, new Entry(seats, clock.incrementAndGet())));
    }

    /** To be taken before reading the database for {@link #load} or {@link #reload}. */
    public long stamp() {
        return clock.incrementAndGet();
    }

    /** What the database held for these offerings: those without a count have no capacity, or are gone. */
    public void load(long stamp, Collection<String> offeringIds, Map<String, SeatCount> read) {
        for (String offeringId : offeringIds) {
            SeatCount seats = read.get(offeringId);
            entries.compute(offeringId, (id, old) -> old != null && old.stamp() > stamp ? old
                    : changed(id, old, seats == null ? null : new Entry(seats, stamp)));
        }
    }

    /** What the database held for all offerings with a capacity: the board forgets the others. */
    public void reload(long stamp, Map<String, SeatCount> read) {
        Set<String> all = new HashSet<>(entries.keySet());
        all.addAll(read.keySet());
        load(stamp, all, read);
    }

    /** The seats as known now; {@code otherwise} if the board knows nothing of the offering, null if unlimited. */
    public SeatCount seats(String offeringId, SeatCount otherwise) {
        Entry entry = entries.get(offeringId);
        return entry == null ? otherwise : entry.seats();
    }

    public boolean isFull(String offeringId) {
        return full.contains(offeringId);
    }

    /** The offerings without a free seat, a copy. */
    public List<String> full() {
        return List.copyOf(full);
    }

    /** Moves whenever an offering becomes full or gets a free seat again: what depends on {@link #full()} is stale. */
    public long fullChanges() {
        return fullChanges.get();
    }

    /** Called inside the entry's atomic update, so that the full set follows the entries offering by offering. */
    private Entry changed(String offeringId, Entry old, Entry next) {
        boolean was = old != null && old.full();
        boolean is = next != null && next.full();
        if (was != is) {
            if (is) {
                full.add(offeringId);
            } else {
                full.remove(offeringId);
            }
            fullChanges.incrementAndGet();
        }
        return next;
    }
}
