package no.samkurs.notification.schedule.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a region's digest tells: the overlapping pairs found now that no digest told of before (nor were there when
 * one was made), except those a coordinator has marked already; nothing on a day that had its digest. Every pair
 * found and not seen is remembered, told or not, so none is told twice.
 */
public final class NewOverlaps {

    /** A pair of overlapping offerings, first id before second. */
    public record Pair(String first, String second) {

        public String key() {
            return first + "/" + second;
        }
    }

    /** A pair remembered, with the day of the digest that did. */
    public record Seen(Pair pair, LocalDate on) {
    }

    private NewOverlaps() {
    }

    /** Whether the region had its digest on the day already. */
    public static boolean digestedOn(Collection<Seen> seen, LocalDate day) {
        return seen.stream().anyMatch(s -> s.on().equals(day));
    }

    /** The pairs found (with whether each is marked) that were never seen: to remember. */
    public static List<Pair> unseen(Map<Pair, Boolean> found, Collection<Seen> seen) {
        Set<Pair> known = seen.stream().map(Seen::pair).collect(Collectors.toSet());
        return found.keySet().stream().filter(p -> !known.contains(p)).toList();
    }

    /** Of those, the pairs to tell of: the unmarked ones. */
    public static List<Pair> toTell(Map<Pair, Boolean> found, Collection<Seen> seen) {
        return unseen(found, seen).stream().filter(p -> !found.get(p)).toList();
    }
}
