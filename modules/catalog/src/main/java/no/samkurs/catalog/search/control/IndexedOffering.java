package no.samkurs.catalog.search.control;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import no.samkurs.catalog.offering.entity.HostState;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Times;
import no.samkurs.catalog.offering.entity.Host;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An offering as the search sees it: the values it filters, counts and sorts by, the words it matches, and the
 * summary it answers with (rendered once, when the offering changes, not on every search).
 */
public record IndexedOffering(
        String id, Status status, String kind, String delivery, Set<String> topics, Set<String> targetGroups,
        Set<String> counties, boolean national, Map<String, String> providers, List<String> readers,
        String title, String text, List<Instant> sessionStarts, Instant enrollmentOpens, Instant enrollmentCloses,
        Integer seatsLeft, String json) {

    private static final JsonProvider JSON = JsonProvider.provider();

    static final Set<String> ALL_COUNTIES = Set.of("03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42",
            "46", "50", "55", "56");
    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Locale NN = Locale.forLanguageTag("nn");

    public static IndexedOffering of(Offering o, Function<String, String> municipalityName) {
        List<String> readers = new ArrayList<>();
        if (o.status() != Status.DRAFT) {
            readers.add(SearchRequest.PUBLIC);
        }
        readers.add("org:" + o.lead().id());
        o.coHosts().stream().filter(c -> c.state() != HostState.DECLINED)
                .forEach(c -> readers.add("org:" + c.organisationId()));
        (o.national() ? ALL_COUNTIES : o.counties()).forEach(c -> readers.add("county:" + c));
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
        return new IndexedOffering(o.id(), o.status(), o.kind().code(), o.delivery().code(),
                codes(o.topics().stream()), codes(o.targetGroups().stream()),
                o.national() ? ALL_COUNTIES : o.counties(), o.national(), providers, readers, o.title(), text,
                o.sessions().stream().map(Session::startsAt).toList(), o.enrollmentOpens().orElse(null),
                o.enrollmentCloses().orElse(null), o.seatsLeft().orElse(null), json(o, municipalityName));
    }

    private static Set<String> codes(Stream<? extends Term> terms) {
        return terms.map(Term::code).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    static String json(Offering o, Function<String, String> municipalityName) {
        JsonObjectBuilder item = JSON.createObjectBuilder()
                .add("id", o.id())
                .add("title", o.title())
                .add("summary", o.summary())
                .add("kind", o.kind().code())
                .add("delivery", o.delivery().code())
                .add("status", o.status().code())
                .add("revision", o.revision())
                .add("language", o.language())
                .add("priceNok", o.priceNok())
                .add("national", o.national())
                .add("counties", JSON.createArrayBuilder(o.counties()))
                .add("topics", JSON.createArrayBuilder(o.topics().stream().map(Term::code).toList()))
                .add("targetGroups", JSON.createArrayBuilder(o.targetGroups().stream().map(Term::code).toList()))
                .add("lead", organisation(Host.of(o.lead())))
                .add("hosts", hosts(o))
                .add("sessionCount", o.sessions().size());
        o.firstStart().ifPresent(start -> item.add("firstStart", Times.oslo(start)));
        o.lastEnd().ifPresent(end -> item.add("lastEnd", Times.oslo(end)));
        o.enrollmentOpens().ifPresent(t -> item.add("enrollmentOpens", Times.oslo(t)));
        o.enrollmentCloses().ifPresent(t -> item.add("enrollmentCloses", Times.oslo(t)));
        o.capacity().ifPresent(c -> item.add("capacity", c));
        o.seatsLeft().ifPresent(s -> item.add("seatsLeft", s));
        o.venue().ifPresent(v -> item.add("venue", JSON.createObjectBuilder()
                .add("name", v.name())
                .add("municipality", JSON.createObjectBuilder().add("number", v.municipality())
                        .add("name", String.valueOf(municipalityName.apply(v.municipality()))))));
        o.cancelReason().ifPresent(r -> item.add("cancelReason", r));
        item.add("updatedAt", Times.oslo(o.updatedAt()));
        return item.build().toString();
    }

    private static JsonArrayBuilder hosts(Offering o) {
        JsonArrayBuilder hosts = JSON.createArrayBuilder();
        o.hosts().forEach(h -> hosts.add(organisation(h)));
        return hosts;
    }

    private static JsonObjectBuilder organisation(Host organisation) {
        return JSON.createObjectBuilder().add("id", organisation.id()).add("name", organisation.name());
    }

}
