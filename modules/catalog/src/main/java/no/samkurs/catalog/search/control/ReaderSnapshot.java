package no.samkurs.catalog.search.control;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

/**
 * What one index reader holds, laid out for the search: each live offering's id by top-level doc id, and the
 * offerings holding each value of each facet dimension as bit sets. Built once per index change; a facet count is
 * then one intersection count per value, which keeps the counts "given the other filters" cheap however many
 * offerings the text matched.
 */
final class ReaderSnapshot {

    private static final int MAX_TERM_SETS = 4096;

    private final IndexReader reader;
    private final String[] ids;
    private final FixedBitSet live;
    private final long[] starts;
    private final Map<String, FixedBitSet> termSets = new ConcurrentHashMap<>();
    private final Map<String, Map<String, FixedBitSet>> sets = new LinkedHashMap<>();

    private ReaderSnapshot(IndexReader reader) {
        this.reader = reader;
        this.ids = new String[reader.maxDoc()];
        this.live = new FixedBitSet(reader.maxDoc());
        this.starts = new long[reader.maxDoc()];
    }

    static ReaderSnapshot of(IndexReader reader, List<String> dimensions) throws IOException {
        ReaderSnapshot values = new ReaderSnapshot(reader);
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    values.live.set(leaf.docBase + doc);
                }
            }
            NumericDocValues starts = leaf.reader().getNumericDocValues(OfferingDocument.START);
            for (int doc = starts == null ? NO_MORE_DOCS : starts.nextDoc(); doc != NO_MORE_DOCS;
                 doc = starts.nextDoc()) {
                values.starts[leaf.docBase + doc] = starts.longValue();
            }
            SortedDocValues ids = leaf.reader().getSortedDocValues(OfferingDocument.ID);
            for (int doc = ids == null ? NO_MORE_DOCS : ids.nextDoc(); doc != NO_MORE_DOCS; doc = ids.nextDoc()) {
                values.ids[leaf.docBase + doc] = ids.lookupOrd(ids.ordValue()).utf8ToString();
            }
        }
        for (String dimension : dimensions) {
            Map<String, FixedBitSet> byValue = new TreeMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(dimension);
                if (terms == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum each = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    FixedBitSet set = byValue.computeIfAbsent(term.utf8ToString(),
                            v -> new FixedBitSet(reader.maxDoc()));
                    postings = each.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            set.set(leaf.docBase + doc);
                        }
                    }
                }
            }
            values.sets.put(dimension, byValue);
        }
        return values;
    }

    FixedBitSet live() {
        return live;
    }

    long start(int doc) {
        return starts[doc];
    }

    /**
     * The live offerings whose field holds the term. Kept for the life of this reader, up to a bound: query words
     * repeat, and a set is a few kilobytes.
     */
    FixedBitSet docsWith(String field, String term) {
        String key = field + '\u0000' + term;
        FixedBitSet set = termSets.get(key);
        if (set == null) {
            set = read(field, term);
            if (termSets.size() < MAX_TERM_SETS) {
                termSets.put(key, set);
            }
        }
        return set;
    }

    /** The live offerings whose field holds any of the terms; not kept, the caller knows when it changes. */
    FixedBitSet docsWithAny(String field, Collection<String> terms) {
        FixedBitSet set = new FixedBitSet(reader.maxDoc());
        terms.forEach(term -> add(set, field, term));
        set.and(live);
        return set;
    }

    private FixedBitSet read(String field, String term) {
        FixedBitSet set = new FixedBitSet(reader.maxDoc());
        add(set, field, term);
        set.and(live);
        return set;
    }

    private void add(FixedBitSet set, String field, String term) {
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                PostingsEnum postings = leaf.reader().postings(new Term(field, term), PostingsEnum.NONE);
                for (int doc = postings == null ? NO_MORE_DOCS : postings.nextDoc(); doc != NO_MORE_DOCS;
                     doc = postings.nextDoc()) {
                    set.set(leaf.docBase + doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String id(int doc) {
        return ids[doc];
    }

    boolean isFor(IndexReader other) {
        return reader == other;
    }

    /** The offerings holding any of the values (values of one filter are alternatives). */
    FixedBitSet anyOf(String dimension, Collection<String> values) {
        FixedBitSet union = new FixedBitSet(reader.maxDoc());
        for (String value : values) {
            FixedBitSet set = sets.getOrDefault(dimension, Map.of()).get(value);
            if (set != null) {
                union.or(set);
            }
        }
        return union;
    }

    /** For each value of the dimension present in scope, how many offerings in scope hold it. */
    Map<String, Integer> counts(String dimension, FixedBitSet scope) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        sets.getOrDefault(dimension, Map.of()).forEach((value, set) -> {
            long count = FixedBitSet.intersectionCount(scope, set);
            if (count > 0) {
                counts.put(value, (int) count);
            }
        });
        return counts;
    }
}
