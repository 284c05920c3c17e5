package no.samkurs.calendar.overlap.control;

import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A published offering as the overlap rule sees it: its hosts (lead and accepted co-hosts), topics, target groups,
 * counties (none when national: it is for every county), and the Norwegian dates of its sessions and series
 * meetings not yet past (cancelled meetings not).
 */
public record Candidate(String id, String title, Set<String> hosts, Set<Topic> topics, Set<TargetGroup> targetGroups,
                        boolean national, Set<String> counties, SortedSet<LocalDate> days) {

    public Candidate {
        hosts = Set.copyOf(hosts);
        topics = topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
        targetGroups = targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups);
        counties = national ? Set.of() : Set.copyOf(counties);
        days = new TreeSet<>(days);
    }

    /** The counties of the region this offering is for. */
    Set<String> countiesIn(Set<String> region) {
        if (national) {
            return new TreeSet<>(region);
        }
        Set<String> shared = new TreeSet<>(counties);
        shared.retainAll(region);
        return shared;
    }
}
