package no.samkurs.web.coordinator;

import no.samkurs.calendar.overlap.control.Overlap;
import no.samkurs.calendar.overlap.control.Reason;
import no.samkurs.catalog.offering.entity.Term;

import java.text.Collator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/** Why two offerings overlap, in the reader's words: a short summary for the pair's heading and the reasons. */
final class Reasons {

    private Reasons() {
    }

    static String summary(Overlap overlap, ResourceBundle texts, Locale language) {
        boolean close = overlap.reasons().contains(Reason.CLOSE_IN_TIME);
        boolean titles = overlap.reasons().contains(Reason.SIMILAR_TITLES);
        String key = close && titles ? "overlaps.summary.both" : close ? "overlaps.summary.close"
                : "overlaps.summary.titles";
        return format(texts, key, language, overlap.daysApart());
    }

    static List<String> of(Overlap overlap, ResourceBundle texts, Locale language,
                           Function<String, String> countyName) {
        List<String> reasons = new ArrayList<>();
        if (!overlap.topics().isEmpty()) {
            reasons.add(format(texts, "overlaps.reason.topics", language, labels(overlap.topics(), language)));
        }
        if (!overlap.targetGroups().isEmpty()) {
            reasons.add(format(texts, "overlaps.reason.targetGroups", language,
                    labels(overlap.targetGroups(), language)));
        }
        reasons.add(format(texts, "overlaps.reason.counties", language,
                sorted(overlap.counties().stream().map(countyName).toList(), language)));
        reasons.add(format(texts, "overlaps.reason.days", language, overlap.daysApart()));
        if (overlap.reasons().contains(Reason.SIMILAR_TITLES)) {
            reasons.add(format(texts, "overlaps.reason.titles", language,
                    Math.round(overlap.titleSimilarity() * 100)));
        }
        return reasons;
    }

    private static String labels(Collection<? extends Term> terms, Locale language) {
        return sorted(terms.stream().map(t -> t.label(language)).toList(), language);
    }

    private static String sorted(List<String> words, Locale language) {
        List<String> ordered = new ArrayList<>(words);
        ordered.sort(Collator.getInstance(language));
        return String.join(", ", ordered);
    }

    private static String format(ResourceBundle texts, String key, Locale language, Object value) {
        return new MessageFormat(texts.getString(key), language).format(new Object[]{value});
    }
}
