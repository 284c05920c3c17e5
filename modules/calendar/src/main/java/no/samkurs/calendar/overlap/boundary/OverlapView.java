package no.samkurs.calendar.overlap.boundary;

import no.samkurs.calendar.overlap.control.Candidate;
import no.samkurs.calendar.overlap.control.MarkedOverlap;
import no.samkurs.calendar.overlap.control.Overlap;
import no.samkurs.calendar.overlap.control.Reason;
import no.samkurs.calendar.overlap.entity.Mark;
import no.samkurs.catalog.offering.boundary.OfferingView.Label;
import no.samkurs.catalog.offering.entity.Term;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One overlapping pair as the coordinators' API shows it: both offerings, why they overlap, what they share, and
 * the mark (null when unmarked). Labels are in the caller's language.
 */
public record OverlapView(OfferingRef first, OfferingRef second, List<String> reasons, List<Label> topics,
                          List<Label> targetGroups, List<String> counties, int daysApart, double titleSimilarity,
                          MarkView mark) {

    /** One side of the pair: enough to recognise it and open it. */
    public record OfferingRef(String id, String title, List<String> hosts, List<LocalDate> days) {

        static OfferingRef of(Candidate candidate) {
            return new OfferingRef(candidate.id(), candidate.title(), candidate.hosts().stream().sorted().toList(),
                    List.copyOf(candidate.days()));
        }
    }

    /** The coordinators' mark; {@code version} is sent back to change it. */
    public record MarkView(Label state, String note, Marker markedBy, String markedAt, long version) {
    }

    /** Who marked, by id and name. */
    public record Marker(String id, String name) {
    }

    static OverlapView of(MarkedOverlap marked, Locale language, Function<String, Marker> markers) {
        Overlap o = marked.overlap();
        return new OverlapView(OfferingRef.of(o.first()), OfferingRef.of(o.second()),
                o.reasons().stream().sorted().map(Reason::code).toList(), labels(o.topics(), language),
                labels(o.targetGroups(), language), o.counties().stream().sorted().toList(), o.daysApart(),
                Math.round(o.titleSimilarity() * 100) / 100.0,
                marked.mark().map(m -> mark(m, language, markers)).orElse(null));
    }

    static MarkView mark(Mark mark, Locale language, Function<String, Marker> markers) {
        return new MarkView(new Label(mark.state().code(), mark.state().label(language)), mark.note().orElse(null),
                markers.apply(mark.markedBy()), mark.markedAt().toString(), mark.version());
    }

    private static List<Label> labels(Collection<? extends Term> terms, Locale language) {
        return terms.stream().map(t -> new Label(t.code(), t.label(language)))
                .sorted(Comparator.comparing(Label::code)).toList();
    }
}
