package no.samkurs.calendar.overlap.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the pairs whose titles may be similar without comparing every title with every other (a prefix filter, as
 * in all-pairs similarity joins): order each title's trigrams from the rarest; two sets with Jaccard ≥ t share at
 * least ⌈t·|A|⌉ trigrams, so they share one among the first |A| − ⌈t·|A|⌉ + 1 of A's, and only those are indexed.
 * The rule then checks each pair found.
 */
final class TitleJoin {

    private TitleJoin() {
    }

    static void similar(List<Candidate> candidates, double threshold, Map<String, Candidate[]> pairs) {
        List<Set<String>> grams = candidates.stream().map(c -> Titles.trigrams(c.title())).toList();
        Map<String, Integer> frequency = new HashMap<>();
        grams.forEach(set -> set.forEach(g -> frequency.merge(g, 1, Integer::sum)));
        Comparator<String> rarestFirst = Comparator.<String>comparingInt(frequency::get)
                .thenComparing(Comparator.naturalOrder());
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            List<String> ordered = new ArrayList<>(grams.get(i));
            ordered.sort(rarestFirst);
            Set<Integer> compared = new HashSet<>();
            int prefix = ordered.size() - (int) Math.ceil(threshold * ordered.size() - 1e-9) + 1;
            for (String gram : ordered.subList(0, Math.min(prefix, ordered.size()))) {
                List<Integer> holders = index.computeIfAbsent(gram, g -> new ArrayList<>());
                for (int j : holders) {
                    if (compared.add(j) && Titles.jaccard(grams.get(i), grams.get(j)) >= threshold) {
                        OverlapRule.add(pairs, candidates.get(j), candidates.get(i));
                    }
                }
                holders.add(i);
            }
        }
    }
}
