package no.samkurs.calendar.overlap.control;

import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Candidates for the rule's tests, built by changing one thing at a time from a plain default. */
record Candidates(String id, String title, Set<String> hosts, Set<Topic> topics, Set<TargetGroup> groups,
                  boolean national, Set<String> counties, Set<LocalDate> days) {

    /** Troms og Finnmark. */
    static final Set<String> REGION = Set.of("55", "56");

    /**
     * A trauma course for schools in Troms, led by the provider, on the given days; its title is unlike any other
     * (hex digits of a hash of the id), so that only tests about titles find similar ones.
     */
    static Candidates offering(String id, String provider, String... days) {
        String unlike = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
        return new Candidates(id, unlike, Set.of(provider), Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL),
                false, Set.of("55"), Arrays.stream(days).map(LocalDate::parse).collect(Collectors.toSet()));
    }

    Candidates titled(String title) {
        return new Candidates(id, title, hosts, topics, groups, national, counties, days);
    }

    Candidates hostedBy(String... organisations) {
        return new Candidates(id, title, Set.of(organisations), topics, groups, national, counties, days);
    }

    Candidates about(Topic... about) {
        return new Candidates(id, title, hosts, Set.of(about), groups, national, counties, days);
    }

    Candidates forGroups(TargetGroup... forGroups) {
        return new Candidates(id, title, hosts, topics, Set.of(forGroups), national, counties, days);
    }

    Candidates in(String... inCounties) {
        return new Candidates(id, title, hosts, topics, groups, false, Set.of(inCounties), days);
    }

    Candidates nationwide() {
        return new Candidates(id, title, hosts, topics, groups, true, Set.of(), days);
    }

    Candidate build() {
        return new Candidate(id, title, hosts, topics, groups, national, counties, new TreeSet<>(days));
    }
}
