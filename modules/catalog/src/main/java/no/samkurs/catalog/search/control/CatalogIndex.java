package no.samkurs.catalog.search.control;

import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Status;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

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
 * most. Facets are drill-sideways counts: each filter's counts are what the other filters leave.
 */
public class CatalogIndex implements AutoCloseable {

    private static final int MAX_WINDOW = 10_000;

    private final NorwegianText analyzer = new NorwegianText();
    private final FacetsConfig facets = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, String> items = new ConcurrentHashMap<>();
    private final Map<String, String> providerNames = new ConcurrentHashMap<>();
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    public CatalogIndex() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            SearchRequest.DIMENSIONS.forEach(d -> facets.setMultiValued(d, true));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces offerings; they are searchable when this returns. */
    public void put(Collection<IndexedOffering> offerings) {
        try {
            for (IndexedOffering offering : offerings) {
                writer.updateDocument(new Term("id", offering.id()), facets.build(document(offering)));
                items.put(offering.id(), offering.json());
                providerNames.putAll(offering.providers());
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(String id) {
        try {
            writer.deleteDocuments(new Term("id", id));
            items.remove(id);
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

    private Document document(IndexedOffering o) {
        Document doc = new Document();
        doc.add(new StringField("id", o.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField("id", new org.apache.lucene.util.BytesRef(o.id())));
        doc.add(new StringField("status", o.status().code(), Field.Store.NO));
        o.readers().forEach(r -> doc.add(new StringField("readers", r, Field.Store.NO)));
        doc.add(new TextField("title", o.title(), Field.Store.NO));
        doc.add(new TextField("text", o.text(), Field.Store.NO));
        o.sessionStarts().forEach(s -> doc.add(new LongPoint("sessionStart", s.toEpochMilli())));
        doc.add(new NumericDocValuesField("start",
                o.sessionStarts().stream().mapToLong(Instant::toEpochMilli).min().orElse(Long.MAX_VALUE)));
        doc.add(new LongPoint("enrollmentOpens",
                o.enrollmentOpens() == null ? Long.MIN_VALUE : o.enrollmentOpens().toEpochMilli()));
        doc.add(new LongPoint("enrollmentCloses",
                o.enrollmentCloses() == null ? Long.MAX_VALUE : o.enrollmentCloses().toEpochMilli()));
        doc.add(new IntPoint("seatsLeft", o.seatsLeft() == null ? Integer.MAX_VALUE : o.seatsLeft()));
        o.topics().forEach(v -> doc.add(new SortedSetDocValuesFacetField("topic", v)));
        o.targetGroups().forEach(v -> doc.add(new SortedSetDocValuesFacetField("targetGroup", v)));
        o.counties().forEach(v -> doc.add(new SortedSetDocValuesFacetField("county", v)));
        doc.add(new SortedSetDocValuesFacetField("kind", o.kind()));
        doc.add(new SortedSetDocValuesFacetField("delivery", o.delivery()));
        o.providers().keySet().forEach(v -> doc.add(new SortedSetDocValuesFacetField("provider", v)));
        return doc;
    }

    public SearchResult search(SearchRequest request, Reader reader, Instant now) {
        if ((long) request.page() * request.size() > MAX_WINDOW) {
            throw no.samkurs.platform.problem.RuleViolation.invalid("page",
                    "Søket viser høyst de " + MAX_WINDOW + " første treffene; snevre inn søket.");
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                if (searcher.getIndexReader().numDocs() == 0) {
                    return new SearchResult(0, List.of(), List.of(), counts(null));
                }
                DrillDownQuery query = new DrillDownQuery(facets, base(request, reader, now));
                request.filters().forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
                DrillSideways sideways = new DrillSideways(searcher, facets, facetState(searcher.getIndexReader()));
                int window = request.page() * request.size();
                DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = sideways.search(query,
                        new TopFieldCollectorManager(sort(request), window, null, Integer.MAX_VALUE, false));
                TopFieldDocs top = result.collectorResult;
                List<String> ids = new ArrayList<>();
                List<String> page = new ArrayList<>();
                for (int i = (request.page() - 1) * request.size(); i < top.scoreDocs.length; i++) {
                    String id = idOf(searcher.getIndexReader(), top.scoreDocs[i]);
                    ids.add(id);
                    page.add(items.get(id));
                }
                return new SearchResult(top.totalHits.value, ids, page, counts(result.facets));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query base(SearchRequest request, Reader reader, Instant now) {
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(request.text() == null ? new MatchAllDocsQuery() : text(request.text()), Occur.MUST);
        BooleanQuery.Builder statuses = new BooleanQuery.Builder();
        request.statuses().forEach(s -> statuses.add(new TermQuery(new Term("status", s.code())), Occur.SHOULD));
        base.add(statuses.build(), Occur.FILTER);
        if (!reader.administrator()) {
            BooleanQuery.Builder visible = new BooleanQuery.Builder();
            visible.add(new TermQuery(new Term("readers", SearchRequest.PUBLIC)), Occur.SHOULD);
            if (reader.editor() && reader.organisationId() != null) {
                visible.add(new TermQuery(new Term("readers", "org:" + reader.organisationId())), Occur.SHOULD);
            }
            reader.coordinatorCounties().forEach(c ->
                    visible.add(new TermQuery(new Term("readers", "county:" + c)), Occur.SHOULD));
            base.add(visible.build(), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE
                    : request.from().atStartOfDay(Session.ZONE).toInstant().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE
                    : request.to().plusDays(1).atStartOfDay(Session.ZONE).toInstant().toEpochMilli() - 1;
            base.add(LongPoint.newRangeQuery("sessionStart", from, to), Occur.FILTER);
        }
        if (request.open()) {
            base.add(new TermQuery(new Term("status", Status.PUBLISHED.code())), Occur.FILTER);
            base.add(LongPoint.newRangeQuery("enrollmentOpens", Long.MIN_VALUE, now.toEpochMilli()), Occur.FILTER);
            base.add(LongPoint.newRangeQuery("enrollmentCloses", now.toEpochMilli() + 1, Long.MAX_VALUE),
                    Occur.FILTER);
        }
        if (request.hasSeats()) {
            base.add(IntPoint.newRangeQuery("seatsLeft", 1, Integer.MAX_VALUE), Occur.FILTER);
        }
        return base.build();
    }

    /** Every word must match; a whole word outweighs a prefix, and the title outweighs the rest. */
    Query text(String text) {
        List<String> words = analyzer.words(text);
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            all.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term("title", word)), 4f), Occur.SHOULD)
                    .add(new BoostQuery(new PrefixQuery(new Term("title", word)), 2f), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term("text", word)), 1.5f), Occur.SHOULD)
                    .add(new PrefixQuery(new Term("text", word)), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        return all.build();
    }

    private static Sort sort(SearchRequest request) {
        SortField date = new SortField("start", SortField.Type.LONG);
        return request.order() == SearchRequest.Order.RELEVANCE
                ? new Sort(SortField.FIELD_SCORE, date)
                : new Sort(date, SortField.FIELD_SCORE);
    }

    private static String idOf(IndexReader reader, ScoreDoc hit) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        SortedDocValues ids = leaf.reader().getSortedDocValues("id");
        ids.advanceExact(hit.doc - leaf.docBase);
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    private Map<String, Map<String, Integer>> counts(Facets result) throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (String dim : SearchRequest.DIMENSIONS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult children = result == null ? null : safeChildren(result, dim);
            if (children != null) {
                for (LabelAndValue child : children.labelValues) {
                    values.put(child.label, child.value.intValue());
                }
            }
            counts.put(dim, values);
        }
        return counts;
    }

    private static FacetResult safeChildren(Facets result, String dim) throws IOException {
        try {
            return result.getTopChildren(1000, dim);
        } catch (IllegalArgumentException notIndexedYet) {
            return null;
        }
    }

    /** The facet ordinals of one reader; built once per index change, not per search. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) {
            current = facetState;
            if (current == null || current.reader() != reader) {
                current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facets));
                facetState = current;
            }
            return current.state();
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
