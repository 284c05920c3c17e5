package no.samkurs.catalog.search.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import java.time.Instant;

/**
 * An offering as a Lucene document: the words it is found by, the values it is filtered and counted by. Not its
 * seats, which move with every enrollment: the search asks the {@link SeatBoard} for them.
 */
final class OfferingDocument {

    static final String ID = "id";
    static final String START = "start";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String TITLE_PREFIXES = "title" + NorwegianText.PREFIXES;
    static final String ALL_PREFIXES = "all" + NorwegianText.PREFIXES;
    static final String STATUS = "status";
    static final String READERS = "readers";
    static final String SESSION_START = "sessionStart";
    static final String ENROLLMENT_OPENS = "enrollmentOpens";
    static final String ENROLLMENT_CLOSES = "enrollmentCloses";

    private OfferingDocument() {
    }

    static Document of(IndexedOffering o) {
        Document doc = new Document();
        doc.add(new StringField(ID, o.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(o.id())));
        doc.add(new StringField(STATUS, o.status().code(), Field.Store.NO));
        o.readers().forEach(r -> doc.add(new StringField(READERS, r, Field.Store.NO)));
        doc.add(new TextField(TITLE, o.title(), Field.Store.NO));
        doc.add(new TextField(TEXT, o.text(), Field.Store.NO));
        doc.add(new TextField(TITLE_PREFIXES, o.title(), Field.Store.NO));
        doc.add(new TextField(ALL_PREFIXES, o.title() + "\n" + o.text(), Field.Store.NO));
        o.sessionStarts().forEach(s -> doc.add(new LongPoint(SESSION_START, s.toEpochMilli())));
        doc.add(new NumericDocValuesField(START,
                o.sessionStarts().stream().mapToLong(Instant::toEpochMilli).min().orElse(Long.MAX_VALUE)));
        doc.add(new LongPoint(ENROLLMENT_OPENS,
                o.enrollmentOpens() == null ? Long.MIN_VALUE : o.enrollmentOpens().toEpochMilli()));
        doc.add(new LongPoint(ENROLLMENT_CLOSES,
                o.enrollmentCloses() == null ? Long.MAX_VALUE : o.enrollmentCloses().toEpochMilli()));
        o.topics().forEach(v -> doc.add(new StringField("topic", v, Field.Store.NO)));
        o.targetGroups().forEach(v -> doc.add(new StringField("targetGroup", v, Field.Store.NO)));
        o.counties().forEach(v -> doc.add(new StringField("county", v, Field.Store.NO)));
        doc.add(new StringField("kind", o.kind(), Field.Store.NO));
        doc.add(new StringField("delivery", o.delivery(), Field.Store.NO));
        o.providers().keySet().forEach(v -> doc.add(new StringField("provider", v, Field.Store.NO)));
        return doc;
    }
}
