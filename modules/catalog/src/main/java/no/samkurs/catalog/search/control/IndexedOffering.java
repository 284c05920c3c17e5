package no.samkurs.catalog.search.control;

import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.Term;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An offering as the search sees it: the values it filters, counts and sorts by, the words it matches, who may
 * find it ({@link Visibility#audience}), and the summary it answers with: the record for the pages, and the same
 * rendered as JSON for the API (once, when the offering changes, not on every search). Its seats (null: no
 * capacity) are as read; the search shows them as the {@link SeatBoard} has them now.
 */
public record IndexedOffering(
        String id, Status status, String kind, String delivery, Set<String> topics, Set<String> targetGroups,
        Set<String> counties, boolean national, Map<String, String> providers, List<String> readers,
        String title, String text, List<Instant> sessionStarts, Instant enrollmentOpens, Instant enrollmentCloses,
        SeatCount seats, SearchItem item, String json) {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Locale NN = Locale.forLanguageTag("nn");

    /** A national offering is found under every county the directory knows, {@code allCounties}. */
    public static IndexedOffering of(Offering o, Function<String, String> municipalityName, Set<String> allCounties) {
        Map<String, String> providers = new LinkedHashMap<>();
        o.hosts().forEach(h -> providers.put(h.id(), h.name()));
        String text = String.join(" ", Stream.of(
                        Stream.of(o.summary(), o.description() == null ? "" : o.description()),
                        o.hosts().stream().map(Host::name),
                        o.topics().stream().flatMap(t -> Stream.of(t.label(NB), t.label(NN))),
                        o.targetGroups().stream().flatMap(t -> Stream.of(t.label(NB), t.label(NN))),
                        Stream.of(o.kind().label(NB), o.delivery().label(NB)),
                        o.venue().stream().flatMap(v -> Stream.of(v.name(), municipalityName.apply(v.municipality()))))
                .flatMap(s -> s).filter(s -> s != null).toList());
        SearchItem item = SearchItem.of(o, municipalityName);
        return new IndexedOffering(o.id(), o.status(), o.kind().code(), o.delivery().code(),
                codes(o.topics().stream()), codes(o.targetGroups().stream()),
                o.national() ? Set.copyOf(allCounties) : o.counties(), o.national(), providers,
                List.copyOf(Visibility.audience(o)), o.title(), text,
                o.sessions().stream().map(Session::startsAt).toList(), o.enrollmentOpens().orElse(null),
                o.enrollmentCloses().orElse(null),
                o.capacity().map(c -> new SeatCount(c, o.seatsTaken(), o.waitlisted())).orElse(null),
                item, item.json());
    }

    private static Set<String> codes(Stream<? extends Term> terms) {
        return terms.map(Term::code).collect(Collectors.toCollection(TreeSet::new));
    }
}
