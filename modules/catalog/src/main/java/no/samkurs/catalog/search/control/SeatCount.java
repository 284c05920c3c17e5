package no.samkurs.catalog.search.control;

/** An offering's seats as the enrollments leave them: its capacity, the seats confirmed, and how many wait. */
public record SeatCount(int capacity, int taken, int waitlisted) {

    public boolean full() {
        return taken >= capacity;
    }

    public int left() {
        return Math.max(0, capacity - taken);
    }
}
