package no.samkurs.catalog.search.control;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches exactly the documents of a set already computed for this reader (by top-level doc id), so that ranking
 * runs only over the hits the filters left instead of evaluating every filter again.
 */
final class DocSetQuery extends Query {

    private final FixedBitSet docs;

    DocSetQuery(FixedBitSet docs) {
        this.docs = docs;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext leaf) {
                FixedBitSet slice = slice(leaf.docBase, leaf.reader().maxDoc());
                int count = slice.cardinality();
                return count == 0 ? null
                        : new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(slice, count));
            }

            @Override
            public boolean isCacheable(LeafReaderContext leaf) {
                return false;
            }
        };
    }

    private FixedBitSet slice(int docBase, int maxDoc) {
        if (docBase == 0 && maxDoc == docs.length()) {
            return docs;
        }
        FixedBitSet slice = new FixedBitSet(maxDoc);
        int end = docBase + maxDoc;
        BitSetIterator each = new BitSetIterator(docs, 0);
        for (int doc = each.advance(docBase); doc < end; doc = each.nextDoc()) {
            slice.set(doc - docBase);
        }
        return slice;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "DocSetQuery(" + docs.cardinality() + " docs)";
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
