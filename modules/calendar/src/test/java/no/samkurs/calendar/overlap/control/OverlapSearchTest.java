package no.samkurs.calendar.overlap.control;

import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link OverlapRule#find} looks only at pairs that can pass (per topic × target group, and titles sharing a rare
 * trigram); here it must give exactly what asking the rule of every pair gives, on a random catalogue.
 */
class OverlapSearchTest {

    static final Set<String> REGION = Set.of("55", "56");
    static final List<String> PROVIDERS = List.of("korus-nord", "rvts-nord", "rkbu-nord", "sf-troms-og-finnmark",
            "korus-midt", "rvts-ost");
    static final List<String> WORDS = List.of("traumebevisst", "omsorg", "barnehagen", "skolen", "rus", "ungdom",
            "foreldreveiledning", "selvmordsforebygging", "vold", "nære", "relasjoner", "læringsnettverk", "BTI",
            "SLT-koordinatorer", "tidlig", "innsats", "psykisk", "helse", "samarbeid", "barnevern");

    static List<Candidate> catalogue(long seed, int size) {
        Random random = new Random(seed);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Set<String> hosts = new HashSet<>(Set.of(PROVIDERS.get(random.nextInt(PROVIDERS.size()))));
            if (random.nextInt(5) == 0) {
                hosts.add(PROVIDERS.get(random.nextInt(PROVIDERS.size())));
            }
            Set<Topic> topics = new HashSet<>(Set.of(Topic.values()[random.nextInt(Topic.values().length)]));
            if (random.nextBoolean()) {
                topics.add(Topic.values()[random.nextInt(Topic.values().length)]);
            }
            Set<TargetGroup> groups = new HashSet<>(Set.of(
                    TargetGroup.values()[random.nextInt(TargetGroup.values().length)]));
            boolean national = random.nextInt(8) == 0;
            Set<String> counties = Set.of(List.of("55", "56", "18", "50").get(random.nextInt(4)));
            Set<LocalDate> days = new TreeSet<>();
            int sessions = random.nextInt(4);
            for (int s = 0; s < sessions; s++) {
                days.add(LocalDate.of(2026, 9, 1).plusDays(random.nextInt(300)));
            }
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 3 + random.nextInt(3); w++) {
                title.append(WORDS.get(random.nextInt(WORDS.size()))).append(w == 1 ? " i " : " ");
            }
            candidates.add(new Candidate(String.format("o-%05d", i), title.toString().strip(), hosts, topics, groups,
                    national, counties, new TreeSet<>(days)));
        }
        return candidates;
    }

    static Set<Overlap> everyPair(List<Candidate> candidates, int window) {
        Set<Overlap> found = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                OverlapRule.between(candidates.get(i), candidates.get(j), REGION, window).ifPresent(found::add);
            }
        }
        return found;
    }

    @Test
    void findGivesWhatAskingEveryPairGives() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Candidate> candidates = catalogue(seed, 400);
            for (int window : new int[]{0, 14, 60}) {
                List<Overlap> found = OverlapRule.find(candidates, REGION, window);
                assertEquals(found.size(), new HashSet<>(found).size(), "each pair once");
                assertEquals(everyPair(candidates, window), new HashSet<>(found), "seed " + seed + ", window " + window);
                assertTrue(found.stream().anyMatch(o -> o.reasons().contains(Reason.SIMILAR_TITLES)));
            }
        }
    }

    @Test
    void fiveThousandOfferingsAreSearchedWithinSeconds() {
        List<Candidate> candidates = catalogue(42, 5_000);
        List<Overlap> found = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> OverlapRule.find(candidates, REGION, 14));
        assertTrue(found.size() > 100, "found " + found.size());
    }
}
