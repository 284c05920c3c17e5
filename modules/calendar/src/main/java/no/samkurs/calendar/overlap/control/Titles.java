package no.samkurs.calendar.overlap.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two titles are. Titles are lower-cased, folded (æ → ae, ø → o, å and accents to their letter),
 * stripped of punctuation and of Norwegian (bokmål and nynorsk) stop words and of the words that only name the
 * format ("kurs", "webinar", "e-læring"); what is left is compared as character trigrams of each word, so that
 * inflections ("reformen", "reforma") and small rewordings still meet. The similarity is the Jaccard index of the
 * two trigram sets: 1 for the same words, 0 for nothing in common.
 */
public final class Titles {

    /**
     * From a threshold test (OverlapRuleTest#theTitleThreshold): pairs one would call the same offering in other
     * words score 0.55 to 0.85, different offerings on a related subject score below 0.45.
     */
    public static final double SIMILAR = 0.5;

    private static final Set<String> STOP_WORDS = Set.of(
            "og", "i", "for", "med", "pa", "til", "av", "en", "et", "ei", "ein", "eit", "om", "den", "det", "de",
            "dei", "som", "a", "fra", "ved", "hos", "hva", "kva", "vi", "er", "kan", "nar", "korleis",
            "hvordan", "hvorfor", "kvifor", "mot", "mellom", "under", "etter", "over", "sin", "sitt", "sine", "var",
            "vart", "deg", "du", "oss", "seg", "men", "eller", "ikke", "ikkje", "the", "and", "of",
            "kurs", "kurset", "grunnkurs", "webinar", "webinaret", "e", "laering", "elaering", "fagdag", "del");

    private Titles() {
    }

    /** The title's words as they are compared: folded, without punctuation and stop words. */
    public static List<String> words(String title) {
        String folded = Normalizer.normalize(title.toLowerCase(Locale.ROOT)
                        .replace("æ", "ae").replace("ø", "o").replace("å", "a"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The trigrams of each word padded with a space on each side ("bti" gives " bt", "bti", "ti "). */
    public static Set<String> trigrams(String title) {
        Set<String> grams = new HashSet<>();
        for (String word : words(title)) {
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }

    public static double similarity(String a, String b) {
        return jaccard(trigrams(a), trigrams(b));
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String gram : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(gram)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
