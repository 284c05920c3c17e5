package no.samkurs.catalog.search.control;

import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.util.List;
import java.util.PriorityQueue;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

/**
 * How well an offering matches the words, by where and how each word matches: a whole word in the title weighs
 * most, then the start of a title word, a whole word elsewhere, and the start of a word elsewhere. Equal matches
 * list the earlier offering first. Deliberately not term-frequency scoring: offering texts are short and written
 * by many hands, and people expect a title hit first and then the date.
 */
final class Relevance {

    static final float TITLE_WORD = 4f;
    static final float TITLE_PREFIX = 2f;
    static final float TEXT_WORD = 1.5f;
    static final float ANY_PREFIX = 1f;

    private Relevance() {
    }

    private record Hit(int doc, float score, long start) {
    }

    /** The best {@code window} hits, best first, as top-level doc ids. */
    static int[] top(FixedBitSet hits, List<String> words, ReaderSnapshot snapshot, int window) {
        FixedBitSet[][] sets = new FixedBitSet[words.size()][];
        for (int i = 0; i < sets.length; i++) {
            String word = words.get(i);
            sets[i] = new FixedBitSet[]{snapshot.docsWith(OfferingDocument.TITLE, word),
                    snapshot.docsWith(OfferingDocument.TITLE_PREFIXES, word),
                    snapshot.docsWith(OfferingDocument.TEXT, word)};
        }
        // The worst of the best at the head, so that it is the one replaced.
        PriorityQueue<Hit> best = new PriorityQueue<>(window + 1, (a, b) -> better(a, b) ? 1 : -1);
        BitSetIterator each = new BitSetIterator(hits, 0);
        for (int doc = each.nextDoc(); doc != NO_MORE_DOCS; doc = each.nextDoc()) {
            Hit hit = new Hit(doc, score(doc, sets), snapshot.start(doc));
            if (best.size() < window) {
                best.add(hit);
            } else if (better(hit, best.peek())) {
                best.poll();
                best.add(hit);
            }
        }
        int[] top = new int[best.size()];
        for (int i = top.length - 1; i >= 0; i--) {
            top[i] = best.poll().doc();
        }
        return top;
    }

    static float score(int doc, FixedBitSet[][] sets) {
        float score = 0;
        for (FixedBitSet[] word : sets) {
            score += ANY_PREFIX;
            score += word[0].get(doc) ? TITLE_WORD : 0;
            score += word[1].get(doc) ? TITLE_PREFIX : 0;
            score += word[2].get(doc) ? TEXT_WORD : 0;
        }
        return score;
    }

    private static boolean better(Hit a, Hit b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        return a.start() != b.start() ? a.start() < b.start() : a.doc() < b.doc();
    }
}
