package no.samkurs.benchmark;

import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.search.control.CatalogIndex;
import no.samkurs.catalog.search.control.IndexedOffering;
import no.samkurs.catalog.search.control.SearchRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What a change to one offering costs the search, in process: every change makes a new index reader, and the
 * first search after it builds that reader's snapshot and word sets again. Prints, per round, the time to apply
 * one change, the first search after it, and the mean of 200 repeated searches. Usage: {@code IndexChurn [offerings]}.
 */
public final class IndexChurn {

    private static final String[] WORDS = ("traume skole barnehage rus vold selvmord foreldre samarbeid ungdom "
            + "psykisk helse barnevern nettverk webinar kurs digital trygghet mobbing").split(" ");
    private static final String[] COUNTIES = {"03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42",
            "46", "50", "55", "56"};

    private IndexChurn() {
    }

    public static void main(String[] args) {
        int offerings = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Random random = new Random(2026);
        Instant now = Instant.now();
        try (CatalogIndex index = new CatalogIndex()) {
            List<IndexedOffering> page = new ArrayList<>();
            for (int i = 0; i < offerings; i++) {
                page.add(offering("o" + i, random, now));
                if (page.size() == 500 || i == offerings - 1) {
                    index.put(page);
                    page.clear();
                }
            }
            index.compact();
            SearchRequest search = SearchRequest.parse("traume skole", Map.of("county", List.of("18")), null, null,
                    false, false, null, null, 1, 20);
            for (int round = 1; round <= 10; round++) {
                long changing = System.nanoTime();
                index.put(List.of(offering("o" + round, random, now)));
                long first = System.nanoTime();
                index.search(search, Reader.ANONYMOUS, now);
                long repeated = System.nanoTime();
                for (int i = 0; i < 200; i++) {
                    index.search(search, Reader.ANONYMOUS, now);
                }
                long done = System.nanoTime();
                System.out.printf("round %d: change %.1f ms, first search after it %.1f ms, repeated %.3f ms%n",
                        round, (first - changing) / 1e6, (repeated - first) / 1e6, (done - repeated) / 200 / 1e6);
            }
        }
    }

    private static IndexedOffering offering(String id, Random random, Instant now) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(50)).append(' ');
        }
        return new IndexedOffering(id, Status.PUBLISHED, "webinar", "digital", Set.of("trauma"), Set.of("school"),
                Set.of(COUNTIES[random.nextInt(COUNTIES.length)]), false, Map.of("p" + random.nextInt(26), "P"),
                List.of(SearchRequest.PUBLIC), "Tittel " + WORDS[random.nextInt(WORDS.length)], text.toString(),
                List.of(now.plusSeconds(random.nextInt(10_000_000))), null, null, null, null, "{}");
    }
}
