package no.samkurs.catalog.search.control;

import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.platform.problem.RuleViolation;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search index over all offerings, in memory (Apache Lucene). Text matching goes through {@link NorwegianText};
 * each query word must match (any order), as a whole word or as the start of one, and a hit in the title weighs
 * most. Search runs in two steps: the text and the non-facet filters give a set of offerings (which Lucene's query
 * cache keeps for repeated searches), then facet filters and counts are set intersections with {@link ReaderSnapshot},
 * and only the remaining hits are ranked. Seats are not in the index: the "has seats" filter and the seats of the
 * hits come from the {@link SeatBoard} as it is when the search runs.
 */
public class CatalogIndex implements AutoCloseable {

    private static final int MAX_WINDOW = 10_000;
    private static final Sort BY_DATE = new Sort(new SortField(OfferingDocument.START, SortField.Type.LONG));

    private final NorwegianText analyzer = new NorwegianText();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Summary> items = new ConcurrentHashMap<>();
    private final Map<String, String> providerNames = new ConcurrentHashMap<>();
    private final SeatBoard seats;
    private volatile ReaderSnapshot snapshot;
    private volatile FullDocs full;

    /**
     * A hit's summary, kept both ways so that neither the API nor the pages convert on every search; the JSON without
     * the seats, and the seats as indexed for when the board knows nothing of them.
     */
    private record Summary(SearchItem item, String json, SeatCount seats) {

        /** The record with these seats; none where the offering came without one (as the benchmark's do). */
        SearchItem item(SeatCount live) {
            return item == null ? null : item.seated(live);
        }
    }

    /** The full offerings' documents in one reader, as of one state of the board. */
    private record FullDocs(ReaderSnapshot snapshot, long boardState, FixedBitSet docs) {
    }

    /** With a board of its own, which only its creator can feed. */
    public CatalogIndex() {
        this(new SeatBoard());
    }

    public CatalogIndex(SeatBoard seats) {
        this.seats = seats;
        try {
            // Kept in date order: equal scores then rank the earlier offering first, and date order needs no sorting.
            // One buffer per file: the default (a list of small blocks) copies that list on every clone and slice,
            // which is most of the cost of a short query.
            ByteBuffersDirectory memory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            writer = new IndexWriter(memory, new IndexWriterConfig(analyzer).setIndexSort(BY_DATE));
            // Every segment may be cached (the default skips small ones): the whole index is small and in memory.
            LRUQueryCache cache = new LRUQueryCache(256, 32L << 20, leaf -> true, Float.POSITIVE_INFINITY);
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setQueryCache(cache);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces offerings; they are searchable when this returns. */
    public void put(Collection<IndexedOffering> offerings) {
        if (offerings.isEmpty()) {
            return;
        }
        try {
            for (IndexedOffering offering : offerings) {
                writer.updateDocument(new Term(OfferingDocument.ID, offering.id()), OfferingDocument.of(offering));
                items.put(offering.id(), new Summary(offering.item(), offering.json(), offering.seats()));
                providerNames.putAll(offering.providers());
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            for (String id : ids) {
                writer.deleteDocuments(new Term(OfferingDocument.ID, id));
                items.remove(id);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After a full build: one segment searches fastest. Later changes add small segments that merge as usual. */
    public void compact() {
        try {
            writer.forceMerge(1);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return items.size();
    }

    public String providerName(String id) {
        return providerNames.getOrDefault(id, id);
    }

    public SearchResult search(SearchRequest request, Reader reader, Instant now) {
        if ((long) request.page() * request.size() > MAX_WINDOW) {
            throw RuleViolation.invalid("page", "Søket viser høyst de " + MAX_WINDOW + " første treffene; snevre inn søket.");
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ReaderSnapshot values = snapshot(searcher.getIndexReader());
                List<String> words = request.text() == null ? List.of() : analyzer.words(request.text());
                FixedBitSet base = matching(searcher, filter(request, reader, now), values);
                if (request.hasSeats()) {
                    base.andNot(fullDocs(values));
                }
                for (String word : words) {
                    base.and(values.docsWith(OfferingDocument.ALL_PREFIXES, word));
                }
                Map<String, FixedBitSet> chosen = new LinkedHashMap<>();
                request.filters().forEach((dimension, wanted) -> chosen.put(dimension, values.anyOf(dimension, wanted)));
                FixedBitSet hits = within(base, chosen, null);
                Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
                for (String dimension : SearchRequest.DIMENSIONS) {
                    counts.put(dimension, values.counts(dimension,
                            chosen.containsKey(dimension) ? within(base, chosen, dimension) : hits));
                }
                int total = hits.cardinality();
                int offset = (request.page() - 1) * request.size();
                List<String> ids = new ArrayList<>();
                List<String> page = new ArrayList<>();
                List<SearchItem> records = new ArrayList<>();
                if (offset < total) {
                    int[] top = request.order() == SearchRequest.Order.RELEVANCE
                            ? Relevance.top(hits, words, values, offset + request.size())
                            : byDate(searcher, hits, offset + request.size());
                    for (int i = offset; i < top.length; i++) {
                        String id = values.id(top[i]);
                        Summary item = items.get(id);
                        if (item != null) { // removed while this search ran
                            SeatCount live = seats.seats(id, item.seats());
                            ids.add(id);
                            page.add(SearchItem.json(item.json(), live));
                            records.add(item.item(live));
                        }
                    }
                }
                return new SearchResult(total, ids, page, records, counts);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the non-facet filters allow: status, visibility to this reader, dates, open enrollment. */
    private Query filter(SearchRequest request, Reader reader, Instant now) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        BooleanQuery.Builder statuses = new BooleanQuery.Builder();
        request.statuses().forEach(s -> statuses.add(new TermQuery(new Term(OfferingDocument.STATUS, s.code())), Occur.SHOULD));
        filter.add(statuses.build(), Occur.FILTER);
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        Visibility.keys(reader).forEach(key ->
                visible.add(new TermQuery(new Term(OfferingDocument.READERS, key)), Occur.SHOULD));
        filter.add(visible.build(), Occur.FILTER);
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE
                    : request.from().atStartOfDay(Session.ZONE).toInstant().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE
                    : request.to().plusDays(1).atStartOfDay(Session.ZONE).toInstant().toEpochMilli() - 1;
            filter.add(LongPoint.newRangeQuery(OfferingDocument.SESSION_START, from, to), Occur.FILTER);
        }
        if (request.open()) {
            filter.add(new TermQuery(new Term(OfferingDocument.STATUS, Status.PUBLISHED.code())), Occur.FILTER);
            filter.add(LongPoint.newRangeQuery(OfferingDocument.ENROLLMENT_OPENS, Long.MIN_VALUE, now.toEpochMilli()), Occur.FILTER);
            filter.add(LongPoint.newRangeQuery(OfferingDocument.ENROLLMENT_CLOSES, now.toEpochMilli() + 1, Long.MAX_VALUE),
                    Occur.FILTER);
        }
        return new ConstantScoreQuery(filter.build());
    }

    /** The matching live offerings; a set Lucene's query cache holds is copied word by word, not doc by doc. */
    private static FixedBitSet matching(IndexSearcher searcher, Query filter, ReaderSnapshot snapshot)
            throws IOException {
        FixedBitSet matches = new FixedBitSet(searcher.getIndexReader().maxDoc());
        Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
            if (leaf.docBase == 0 && leaf.reader().maxDoc() == matches.length()) {
                matches.or(docs);
            } else {
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    matches.set(leaf.docBase + doc);
                }
            }
        }
        matches.and(snapshot.live()); // scorers do not look at deletions
        return matches;
    }

    /** The base narrowed by every chosen facet filter but one (none when {@code except} is null). */
    private static FixedBitSet within(FixedBitSet base, Map<String, FixedBitSet> chosen, String except) {
        FixedBitSet scope = base.clone();
        chosen.forEach((dimension, set) -> {
            if (!dimension.equals(except)) {
                scope.and(set);
            }
        });
        return scope;
    }

    /** The earliest hits; the index is kept in date order, so Lucene stops as soon as the page is full. */
    private static int[] byDate(IndexSearcher searcher, FixedBitSet hits, int window) throws IOException {
        TopDocs top = searcher.search(new DocSetQuery(hits), new TopFieldCollectorManager(BY_DATE, window, null, window));
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        return docs;
    }

    /**
     * The documents of the offerings the board has as full; looked up again only when the index changes or an
     * offering fills up or frees a seat, not on every enrollment or search.
     */
    private FixedBitSet fullDocs(ReaderSnapshot values) {
        long state = seats.fullChanges();
        FullDocs current = full;
        if (current == null || current.snapshot() != values || current.boardState() != state) {
            current = new FullDocs(values, state, values.docsWithAny(OfferingDocument.ID, seats.full()));
            full = current;
        }
        return current.docs();
    }

    /** The snapshot of one reader; built once per index change, not per search. */
    private ReaderSnapshot snapshot(IndexReader reader) throws IOException {
        ReaderSnapshot current = snapshot;
        if (current != null && current.isFor(reader)) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current == null || !current.isFor(reader)) {
                current = ReaderSnapshot.of(reader, SearchRequest.DIMENSIONS);
                snapshot = current;
            }
            return current;
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
