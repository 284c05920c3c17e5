package no.samkurs.calendar.overlap.control;

import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which pairs of offerings overlap in a region. Two offerings overlap when they come from different providers (no
 * host in common), are both for a county of the region (a national offering is for every county), both have
 * sessions or series meetings not yet past, and either
 * <ul>
 *     <li>share a topic and a target group and meet at most {@code window} days apart (by Norwegian date)
 *     ({@link Reason#CLOSE_IN_TIME}), or</li>
 *     <li>have near-duplicate titles ({@link Titles#SIMILAR}; {@link Reason#SIMILAR_TITLES}).</li>
 * </ul>
 * {@link #between} is the rule for one pair; {@link #find} gives the same answer as asking it of every pair, but
 * looks only at pairs that can pass: sessions close in time within one topic × target group, and titles that share
 * one of their rarest trigrams.
 */
public final class OverlapRule {

    private OverlapRule() {
    }

    /** The overlap of two offerings in a region (with its counties), if they overlap. */
    public static Optional<Overlap> between(Candidate a, Candidate b, Set<String> region, int window) {
        if (a.id().equals(b.id()) || !Collections.disjoint(a.hosts(), b.hosts())) {
            return Optional.empty();
        }
        Set<String> counties = a.countiesIn(region);
        counties.retainAll(b.countiesIn(region));
        if (counties.isEmpty() || a.days().isEmpty() || b.days().isEmpty()) {
            return Optional.empty();
        }
        Set<Topic> topics = shared(a.topics(), b.topics(), Topic.class);
        Set<TargetGroup> groups = shared(a.targetGroups(), b.targetGroups(), TargetGroup.class);
        int daysApart = daysApart(a, b);
        double similarity = Titles.similarity(a.title(), b.title());
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (!topics.isEmpty() && !groups.isEmpty() && daysApart <= window) {
            reasons.add(Reason.CLOSE_IN_TIME);
        }
        if (similarity >= Titles.SIMILAR) {
            reasons.add(Reason.SIMILAR_TITLES);
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        boolean inOrder = a.id().compareTo(b.id()) < 0;
        return Optional.of(new Overlap(inOrder ? a : b, inOrder ? b : a, reasons, topics, groups, counties, daysApart,
                similarity));
    }

    /** Every overlapping pair among the candidates, once each, soonest first. */
    public static List<Overlap> find(Collection<Candidate> candidates, Set<String> region, int window) {
        List<Candidate> inRegion = candidates.stream()
                .filter(c -> !c.days().isEmpty() && !c.countiesIn(region).isEmpty()).toList();
        Map<String, Candidate[]> pairs = new LinkedHashMap<>();
        closeInTime(inRegion, window, pairs);
        TitleJoin.similar(inRegion, Titles.SIMILAR, pairs);
        List<Overlap> overlaps = new ArrayList<>();
        for (Candidate[] pair : pairs.values()) {
            between(pair[0], pair[1], region, window).ifPresent(overlaps::add);
        }
        overlaps.sort(Comparator.comparing(OverlapRule::firstDay).thenComparing(o -> o.first().id())
                .thenComparing(o -> o.second().id()));
        return overlaps;
    }

    /** Pairs with sessions at most the window apart, sweeping each topic × target group's sessions in date order. */
    private static void closeInTime(List<Candidate> candidates, int window, Map<String, Candidate[]> pairs) {
        Map<String, List<Dated>> buckets = new HashMap<>();
        for (Candidate candidate : candidates) {
            for (Topic topic : candidate.topics()) {
                for (TargetGroup group : candidate.targetGroups()) {
                    List<Dated> bucket = buckets.computeIfAbsent(topic + "×" + group, k -> new ArrayList<>());
                    candidate.days().forEach(day -> bucket.add(new Dated(day, candidate)));
                }
            }
        }
        for (List<Dated> bucket : buckets.values()) {
            bucket.sort(Comparator.comparing(Dated::day));
            for (int i = 0; i < bucket.size(); i++) {
                Dated earlier = bucket.get(i);
                for (int j = i + 1; j < bucket.size() && days(earlier.day(), bucket.get(j).day()) <= window; j++) {
                    add(pairs, earlier.candidate(), bucket.get(j).candidate());
                }
            }
        }
    }

    static void add(Map<String, Candidate[]> pairs, Candidate a, Candidate b) {
        if (a.id().equals(b.id())) {
            return;
        }
        boolean inOrder = a.id().compareTo(b.id()) < 0;
        pairs.putIfAbsent(inOrder ? a.id() + " " + b.id() : b.id() + " " + a.id(), new Candidate[]{a, b});
    }

    private record Dated(LocalDate day, Candidate candidate) {
    }

    /** Days between the two offerings' closest sessions: walks both sorted lists once. */
    static int daysApart(Candidate a, Candidate b) {
        List<LocalDate> x = new ArrayList<>(a.days());
        List<LocalDate> y = new ArrayList<>(b.days());
        long best = Long.MAX_VALUE;
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            best = Math.min(best, Math.abs(days(x.get(i), y.get(j))));
            if (x.get(i).isBefore(y.get(j))) {
                i++;
            } else {
                j++;
            }
        }
        return (int) Math.min(best, Integer.MAX_VALUE);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private static LocalDate firstDay(Overlap overlap) {
        LocalDate first = overlap.first().days().first();
        LocalDate second = overlap.second().days().first();
        return first.isBefore(second) ? first : second;
    }

    private static <E extends Enum<E>> Set<E> shared(Set<E> a, Set<E> b, Class<E> type) {
        Set<E> shared = EnumSet.noneOf(type);
        shared.addAll(a);
        shared.retainAll(b);
        return shared;
    }
}
