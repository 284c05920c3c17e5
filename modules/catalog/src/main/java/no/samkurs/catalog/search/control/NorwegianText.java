package no.samkurs.catalog.search.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How Norwegian text is matched: words lower-cased, light-stemmed for bokmål and nynorsk ("traumer", "traumet"
 * and "traume" meet), then folded so that æ/ä/ae, ø/ö/oe, å/aa and accents compare equal ("Tromsø" = "tromso").
 * The same chain reads the offerings and the query, so a query word is a prefix of what it should find.
 */
public final class NorwegianText extends Analyzer {

    /** Fields whose name ends so hold every beginning of every word, so that a prefix match is one term lookup. */
    public static final String PREFIXES = "Prefixes";

    public NorwegianText() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new NorwegianLightStemFilter(stream, NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK);
        stream = new ScandinavianFoldingFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (fieldName.endsWith(PREFIXES)) {
            stream = new EdgeNGramTokenFilter(stream, 1, 30, true);
        }
        return new TokenStreamComponents(source, stream);
    }

    /** The words of a text as the index holds them. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
