package no.samkurs.enrollment.booking.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeatingTest {

    @Test
    void seatsGoUntilTheCapacityThenTheLineGrowsInOrder() {
        Seating seating = new Seating(3, 0, 0, 0, 0);
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.of(Seat.GENERAL), seating.arrive(false, false));
        }
        assertEquals(Optional.empty(), seating.arrive(false, false));
        assertEquals(1, seating.joinLine());
        assertEquals(Optional.empty(), seating.arrive(true, false));
        assertEquals(2, seating.joinLine());
        assertEquals(3, seating.confirmed());
        assertEquals(2, seating.waitlisted());
    }

    @Test
    void withoutCapacityEveryoneGetsASeat() {
        Seating seating = new Seating(null, 0, 10_000, 0, 0);
        assertEquals(Optional.of(Seat.GENERAL), seating.arrive(false, false));
        assertEquals(Integer.MAX_VALUE, seating.free());
    }

    @Test
    void heldSeatsAreOnlyForEligibleMunicipalitiesWhoTakeThemFirst() {
        Seating seating = new Seating(4, 2, 0, 0, 0);
        assertEquals(Optional.of(Seat.RESERVED), seating.arrive(true, false));
        assertEquals(Optional.of(Seat.GENERAL), seating.arrive(false, false));
        assertEquals(Optional.of(Seat.GENERAL), seating.arrive(false, false));
        // The ordinary seats are gone; the one held seat left is not for a near, reached municipality.
        assertEquals(Optional.empty(), seating.arrive(false, false));
        seating.joinLine();
        // A newcomer from a far municipality may take it although someone waits: nobody waiting could use it.
        assertEquals(Optional.of(Seat.RESERVED), seating.arrive(true, false));
        assertEquals(4, seating.confirmed());
        assertEquals(2, seating.confirmedHeld());
    }

    @Test
    void anEligiblePersonTakesAnOrdinarySeatWhenTheHeldOnesAreUsed() {
        Seating seating = new Seating(3, 1, 1, 1, 0);
        assertEquals(Optional.of(Seat.GENERAL), seating.arrive(true, false));
    }

    @Test
    void nobodyOvertakesTheLine() {
        // Past the promotion cut-off a seat may stay free while people wait: a newcomer still joins the line.
        Seating seating = new Seating(3, 0, 2, 0, 4);
        assertEquals(1, seating.ordinaryFree());
        assertEquals(Optional.empty(), seating.arrive(false, false));
        assertEquals(Optional.empty(), seating.arrive(true, false));
        // And an eligible newcomer does not take a held seat that an eligible person in line may use.
        Seating held = new Seating(3, 1, 2, 0, 2);
        assertEquals(Optional.empty(), held.arrive(true, true));
    }

    @Test
    void aFreedOrdinarySeatGoesToTheFirstInLine() {
        Seating seating = new Seating(2, 0, 2, 0, 3);
        seating.free(Seat.GENERAL);
        List<Seating.Promotion> promoted = seating.promote(List.of(new Seating.Waiting("a", false),
                new Seating.Waiting("b", true), new Seating.Waiting("c", false)));
        assertEquals(List.of(new Seating.Promotion("a", Seat.GENERAL)), promoted);
        assertEquals(2, seating.waitlisted());
        assertEquals(2, seating.confirmed());
    }

    @Test
    void aFreedHeldSeatGoesToTheFirstEligibleInLine() {
        Seating seating = new Seating(2, 1, 2, 1, 3);
        seating.free(Seat.RESERVED);
        List<Seating.Promotion> promoted = seating.promote(List.of(new Seating.Waiting("a", false),
                new Seating.Waiting("b", true), new Seating.Waiting("c", true)));
        assertEquals(List.of(new Seating.Promotion("b", Seat.RESERVED)), promoted);
    }

    @Test
    void releasedSeatsGoToTheLineInOrder() {
        // Capacity 5, 3 held of which 1 used, 2 ordinary used; 3 wait. After release nothing is held.
        Seating before = new Seating(5, 3, 3, 1, 3);
        assertEquals(0, before.ordinaryFree());
        Seating released = new Seating(5, 0, 3, 1, 3);
        List<Seating.Promotion> promoted = released.promote(List.of(new Seating.Waiting("a", false),
                new Seating.Waiting("b", false), new Seating.Waiting("c", true)));
        assertEquals(List.of(new Seating.Promotion("a", Seat.GENERAL), new Seating.Promotion("b", Seat.GENERAL)),
                promoted);
        assertEquals(5, released.confirmed());
        assertEquals(1, released.waitlisted());
    }

    @Test
    void moreCapacityPromotesAsManyAsFit() {
        Seating seating = new Seating(4, 0, 2, 0, 3);
        List<Seating.Promotion> promoted = seating.promote(List.of(new Seating.Waiting("a", false),
                new Seating.Waiting("b", false), new Seating.Waiting("c", false)));
        assertEquals(2, promoted.size());
        assertEquals(0, seating.free());
    }

    @Test
    void theCountsNeverPassTheCapacity() {
        Seating seating = new Seating(10, 3, 0, 0, 0);
        for (int i = 0; i < 100; i++) {
            if (seating.arrive(i % 3 == 0, false).isEmpty()) {
                seating.joinLine();
            }
        }
        assertEquals(10, seating.confirmed());
        assertTrue(seating.confirmedHeld() <= 3);
        assertEquals(90, seating.waitlisted());
    }

    @Test
    void inconsistentCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Seating(2, 0, 3, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Seating(2, 3, 0, 0, 0));
    }
}
