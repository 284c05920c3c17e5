package no.samkurs.enrollment.booking.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seat rules of one offering at one moment, for one transaction that holds the offering's lock. Confirmed
 * participants never exceed the capacity. While fair-share seats are held, people from eligible municipalities take
 * them first (keeping the ordinary seats for everyone), and others only get ordinary seats. Nobody overtakes the
 * line: while people wait, a newcomer only gets a held seat that none of the waiting may use.
 */
public final class Seating {

    /** Someone on the waitlist, in arrival order. */
    public record Waiting(String enrollmentId, boolean eligible) {
    }

    /** A waiting person and the seat they now get. */
    public record Promotion(String enrollmentId, Seat seat) {
    }

    private final Integer capacity;
    private final int held;
    private int confirmed;
    private int confirmedHeld;
    private int waitlisted;

    /**
     * @param capacity      seats in all, or null for no limit
     * @param held          fair-share seats still held now (0 when there are none or they were released)
     * @param confirmed     confirmed participants, in any seat
     * @param confirmedHeld confirmed participants in fair-share seats
     * @param waitlisted    people waiting
     */
    public Seating(Integer capacity, int held, int confirmed, int confirmedHeld, int waitlisted) {
        if (capacity != null && (held > capacity || confirmed > capacity) || held < 0 || confirmedHeld > confirmed) {
            throw new IllegalArgumentException("Inconsistent seats: capacity " + capacity + ", held " + held
                    + ", confirmed " + confirmed + " (" + confirmedHeld + " held), waiting " + waitlisted);
        }
        this.capacity = capacity;
        this.held = held;
        this.confirmed = confirmed;
        this.confirmedHeld = Math.min(confirmedHeld, held);
        this.waitlisted = waitlisted;
    }

    /** Fair-share seats nobody has taken yet. */
    public int heldFree() {
        return Math.max(0, held - confirmedHeld);
    }

    /** Ordinary seats free for anyone; unlimited when there is no capacity. */
    public int ordinaryFree() {
        if (capacity == null) {
            return Integer.MAX_VALUE;
        }
        return Math.max(0, capacity - confirmed - heldFree());
    }

    /**
     * A newcomer: the seat they get, or empty when they join the line. {@code lineMayUseHeld} says whether anyone
     * waiting could use a fair-share seat.
     */
    public Optional<Seat> arrive(boolean eligible, boolean lineMayUseHeld) {
        if (waitlisted > 0) {
            return eligible && !lineMayUseHeld && heldFree() > 0 ? Optional.of(take(Seat.RESERVED)) : Optional.empty();
        }
        return seatFor(eligible).map(this::take);
    }

    /** The newcomer who got no seat joins the line; returns their position. */
    public int joinLine() {
        return ++waitlisted;
    }

    /** A confirmed participant leaves; their seat is free again. */
    public void free(Seat seat) {
        confirmed--;
        if (seat == Seat.RESERVED && confirmedHeld > 0) {
            confirmedHeld--;
        }
    }

    /** A waiting person leaves the line. */
    public void leaveLine() {
        waitlisted--;
    }

    /**
     * Gives the free seats to the line: the first in line who may use a free seat gets it, so ordinary seats go
     * strictly in arrival order and held seats to the first eligible. {@code line} must hold at least the first
     * {@code free} waiting and the first {@code free} eligible waiting, in arrival order, where free is
     * {@link #heldFree()} plus {@link #ordinaryFree()}.
     */
    public List<Promotion> promote(List<Waiting> line) {
        List<Promotion> promoted = new ArrayList<>();
        for (Waiting waiting : line) {
            if (heldFree() == 0 && ordinaryFree() == 0) {
                break;
            }
            Optional<Seat> seat = seatFor(waiting.eligible());
            if (seat.isPresent()) {
                take(seat.get());
                waitlisted--;
                promoted.add(new Promotion(waiting.enrollmentId(), seat.get()));
            }
        }
        return promoted;
    }

    private Optional<Seat> seatFor(boolean eligible) {
        if (eligible && heldFree() > 0) {
            return Optional.of(Seat.RESERVED);
        }
        return ordinaryFree() > 0 ? Optional.of(Seat.GENERAL) : Optional.empty();
    }

    private Seat take(Seat seat) {
        confirmed++;
        if (seat == Seat.RESERVED) {
            confirmedHeld++;
        }
        return seat;
    }

    public int confirmed() {
        return confirmed;
    }

    public int confirmedHeld() {
        return confirmedHeld;
    }

    public int waitlisted() {
        return waitlisted;
    }

    /** How many of the line a promotion may need to look at (see {@link #promote}). */
    public int free() {
        int ordinary = ordinaryFree();
        return ordinary == Integer.MAX_VALUE ? Integer.MAX_VALUE : ordinary + heldFree();
    }
}
