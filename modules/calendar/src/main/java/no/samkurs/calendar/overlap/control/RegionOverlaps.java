package no.samkurs.calendar.overlap.control;

import java.util.List;

/** A region's overlapping pairs, soonest first, found with sessions at most {@code window} days apart. */
public record RegionOverlaps(Region region, int window, List<MarkedOverlap> pairs) {

    public RegionOverlaps {
        pairs = List.copyOf(pairs);
    }
}
