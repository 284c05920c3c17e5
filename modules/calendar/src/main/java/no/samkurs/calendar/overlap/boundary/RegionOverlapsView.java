package no.samkurs.calendar.overlap.boundary;

import java.util.List;

/** A region's overlaps: which region, which counties, the window used, and the pairs soonest first. */
public record RegionOverlapsView(String region, String name, List<String> counties, int window,
                                 List<OverlapView> overlaps) {
}
