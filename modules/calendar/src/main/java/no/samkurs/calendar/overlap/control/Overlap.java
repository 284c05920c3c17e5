package no.samkurs.calendar.overlap.control;

import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;

import java.util.Set;

/**
 * Two offerings of different providers that overlap in a region, named in order (first id before second), with
 * what they share: topics, target groups, the region's counties both are for, how many days lie between their
 * closest sessions, and how similar their titles are (trigram Jaccard, 0 to 1).
 */
public record Overlap(Candidate first, Candidate second, Set<Reason> reasons, Set<Topic> topics,
                      Set<TargetGroup> targetGroups, Set<String> counties, int daysApart, double titleSimilarity) {

    public Overlap {
        if (first.id().compareTo(second.id()) >= 0) {
            throw new IllegalArgumentException("A pair is named in order: " + first.id() + " before " + second.id());
        }
        reasons = Set.copyOf(reasons);
        topics = Set.copyOf(topics);
        targetGroups = Set.copyOf(targetGroups);
        counties = Set.copyOf(counties);
    }
}
