package no.samkurs.notification.schedule.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a region's digest tells: only pairs new since the last, unmarked, once a day; and when it is made. */
class NewOverlapsTest {

    static final LocalDate MONDAY = LocalDate.parse("2026-11-02");
    static final NewOverlaps.Pair AB = new NewOverlaps.Pair("a", "b");
    static final NewOverlaps.Pair AC = new NewOverlaps.Pair("a", "c");
    static final NewOverlaps.Pair BC = new NewOverlaps.Pair("b", "c");

    static Map<NewOverlaps.Pair, Boolean> found(Object... pairsAndMarks) {
        Map<NewOverlaps.Pair, Boolean> found = new LinkedHashMap<>();
        for (int i = 0; i < pairsAndMarks.length; i += 2) {
            found.put((NewOverlaps.Pair) pairsAndMarks[i], (Boolean) pairsAndMarks[i + 1]);
        }
        return found;
    }

    @Test
    void theFirstDigestTellsOfEveryUnmarkedPair() {
        Map<NewOverlaps.Pair, Boolean> found = found(AB, false, AC, true);
        assertEquals(List.of(AB), NewOverlaps.toTell(found, List.of()), "a marked pair is handled already");
        assertEquals(List.of(AB, AC), NewOverlaps.unseen(found, List.of()), "both are remembered");
    }

    @Test
    void aLaterDigestTellsOnlyOfPairsNewSinceTheLast() {
        List<NewOverlaps.Seen> seen = List.of(new NewOverlaps.Seen(AB, MONDAY), new NewOverlaps.Seen(AC, MONDAY));
        assertEquals(List.of(BC), NewOverlaps.toTell(found(AB, false, AC, false, BC, false), seen));
        assertEquals(List.of(), NewOverlaps.toTell(found(AB, false), seen), "nothing new: no digest");
        assertEquals(List.of(), NewOverlaps.toTell(found(), seen), "the overlaps gone: nothing");
    }

    @Test
    void aRegionHasOneDigestADay() {
        List<NewOverlaps.Seen> seen = List.of(new NewOverlaps.Seen(AB, MONDAY));
        assertTrue(NewOverlaps.digestedOn(seen, MONDAY));
        assertFalse(NewOverlaps.digestedOn(seen, MONDAY.plusDays(1)));
    }

    @Test
    void theDigestIsMadeAtTheTimeOfDayInOsloWhateverTheSeason() {
        LocalTime seven = LocalTime.of(7, 0);
        assertEquals(Instant.parse("2026-11-02T06:00:00Z"), Scans.nextDigest(Instant.parse("2026-11-02T05:59:00Z"),
                seven), "winter time: 07:00 is 06:00 UTC");
        assertEquals(Instant.parse("2026-11-03T06:00:00Z"), Scans.nextDigest(Instant.parse("2026-11-02T06:00:00Z"),
                seven), "past today's: tomorrow");
        assertEquals(Instant.parse("2026-06-01T05:00:00Z"), Scans.nextDigest(Instant.parse("2026-05-31T12:00:00Z"),
                seven), "summer time: 05:00 UTC");
    }
}
