package no.samkurs.calendar.overlap.control;

import java.util.Set;

/** A statsforvalter office as the overlaps see it: its id, name and the counties it serves. */
public record Region(String id, String name, Set<String> counties) {

    public Region {
        counties = Set.copyOf(counties);
    }
}
