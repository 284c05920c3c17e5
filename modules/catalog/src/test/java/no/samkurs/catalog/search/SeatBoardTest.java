package no.samkurs.catalog.search;

import no.samkurs.catalog.search.control.SeatBoard;
import no.samkurs.catalog.search.control.SeatCount;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live seats: when an offering is full, and which of a change and a database read counts. */
class SeatBoardTest {

    static final SeatCount INDEXED = new SeatCount(40, 0, 0);

    final SeatBoard board = new SeatBoard();

    @Test
    void fullWhenEverySeatIsTakenAndFreeAgainWhenOneIsGivenUp() {
        board.record("a", 10, 9, 0);
        assertFalse(board.isFull("a"));
        assertEquals(1, board.seats("a", INDEXED).left());
        board.record("a", 10, 10, 3);
        assertTrue(board.isFull("a"));
        assertEquals(new SeatCount(10, 10, 3), board.seats("a", INDEXED));
        assertEquals(0, board.seats("a", INDEXED).left());
        assertEquals(List.of("a"), board.full());
        board.record("a", 10, 9, 2);
        assertFalse(board.isFull("a"));
        assertEquals(List.of(), board.full());
    }

    @Test
    void aCapacityOfNoneIsNeverFullAndHidesTheIndexedSeats() {
        board.record("a", null, 500, 0);
        assertFalse(board.isFull("a"));
        assertNull(board.seats("a", INDEXED), "known to have no capacity, whatever the index says");
    }

    @Test
    void anOfferingTheBoardDoesNotKnowKeepsItsIndexedSeats() {
        assertEquals(INDEXED, board.seats("a", INDEXED));
        assertFalse(board.isFull("a"));
    }

    @Test
    void aChangeRecordedWhileTheDatabaseWasReadIsNotUndoneByTheRead() {
        board.record("a", 10, 8, 0);
        long stamp = board.stamp();
        board.record("a", 10, 10, 1); // committed after the read began
        board.reload(stamp, Map.of("a", new SeatCount(10, 8, 0)));
        assertTrue(board.isFull("a"));
        assertEquals(new SeatCount(10, 10, 1), board.seats("a", INDEXED));
    }

    @Test
    void aReadReplacesWhatWasRecordedBeforeItBegan() {
        board.record("a", 10, 10, 4);
        long stamp = board.stamp();
        board.reload(stamp, Map.of("a", new SeatCount(10, 7, 0))); // another instance freed three seats
        assertFalse(board.isFull("a"));
        assertEquals(new SeatCount(10, 7, 0), board.seats("a", INDEXED));
    }

    @Test
    void aCapacityLiftedWhileTheDatabaseWasReadIsNotPutBackByTheRead() {
        long stamp = board.stamp();
        board.record("a", null, 10, 0);
        board.reload(stamp, Map.of("a", new SeatCount(10, 10, 0)));
        assertFalse(board.isFull("a"));
        assertNull(board.seats("a", INDEXED));
    }

    @Test
    void aReloadForgetsOfferingsThatNoLongerHaveACapacity() {
        board.reload(board.stamp(), Map.of("a", new SeatCount(10, 10, 0), "b", new SeatCount(5, 1, 0)));
        assertTrue(board.isFull("a"));
        board.record("c", null, 3, 0);
        board.reload(board.stamp(), Map.of("b", new SeatCount(5, 1, 0)));
        assertFalse(board.isFull("a"));
        assertEquals(INDEXED, board.seats("a", INDEXED), "gone from the board");
        assertEquals(INDEXED, board.seats("c", INDEXED), "what it knew of unlimited ones too");
        assertEquals(new SeatCount(5, 1, 0), board.seats("b", INDEXED));
    }

    @Test
    void aReadOfSomeOfferingsLeavesTheOthersAlone() {
        board.reload(board.stamp(), Map.of("a", new SeatCount(10, 10, 0), "b", new SeatCount(5, 5, 0)));
        board.load(board.stamp(), List.of("a"), Map.of()); // "a" has no capacity any more
        assertFalse(board.isFull("a"));
        assertTrue(board.isFull("b"));
    }

    @Test
    void onlyFillingUpOrFreeingASeatCountsAsAChangeOfTheFullOnes() {
        long before = board.fullChanges();
        board.record("a", 10, 5, 0);
        board.record("a", 10, 9, 0);
        assertEquals(before, board.fullChanges());
        board.record("a", 10, 10, 0);
        board.record("a", 10, 10, 7);
        assertEquals(before + 1, board.fullChanges());
        board.record("a", 10, 9, 6);
        assertEquals(before + 2, board.fullChanges());
    }

    @Test
    void theFullOnesFollowTheCountsUnderConcurrentChanges() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String id = thread + "-" + (i % 50);
                        board.record(id, 10, i % 3 == 0 ? 10 : 9, 0);
                        if (i % 500 == 0) {
                            board.load(board.stamp(), List.of(id), Map.of(id, new SeatCount(10, 0, 0)));
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        // Each offering's last change: i = 1950..1999 by i % 50; full when i % 3 == 0.
        Set<String> expected = new HashSet<>();
        for (int t = 0; t < 8; t++) {
            for (int i = 1950; i < 2000; i++) {
                if (i % 3 == 0) {
                    expected.add(t + "-" + (i % 50));
                }
            }
        }
        assertEquals(expected, Set.copyOf(board.full()));
        IntStream.range(0, 50).forEach(k -> assertEquals(expected.contains("0-" + k), board.isFull("0-" + k)));
    }
}
