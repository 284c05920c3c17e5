package no.samkurs.catalog.search.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Times;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One hit as the search answers with it: the offering in short, vocabulary values as codes (the answer's facets
 * carry the labels). Absent values (no sessions, no capacity, no venue) are left out.
 */
public record SearchItem(String id, String title, String summary, String kind, String delivery, String status,
                         int revision, String language, int priceNok, boolean national, Set<String> counties,
                         List<String> topics, List<String> targetGroups, Host lead, List<Host> hosts,
                         int sessionCount, String firstStart, String lastEnd, String enrollmentOpens,
                         String enrollmentCloses, Integer capacity, Integer seatsLeft, Place venue,
                         String cancelReason, String updatedAt) {

    /** One for all items: it is thread-safe and costly to create. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The venue, with its municipality's name for the list of hits. */
    public record Place(String name, Municipality municipality) {
    }

    public record Municipality(String number, String name) {
    }

    static SearchItem of(Offering o, Function<String, String> municipalityName) {
        return new SearchItem(o.id(), o.title(), o.summary(), o.kind().code(), o.delivery().code(),
                o.status().code(), o.revision(), o.language(), o.priceNok(), o.national(), o.counties(),
                o.topics().stream().map(Term::code).toList(), o.targetGroups().stream().map(Term::code).toList(),
                Host.of(o.lead()), o.hosts(), o.sessions().size(), o.firstStart().map(Times::oslo).orElse(null),
                o.lastEnd().map(Times::oslo).orElse(null), o.enrollmentOpens().map(Times::oslo).orElse(null),
                o.enrollmentCloses().map(Times::oslo).orElse(null), o.capacity().orElse(null),
                o.seatsLeft().orElse(null), o.venue().map(v -> new Place(v.name(), new Municipality(v.municipality(),
                        String.valueOf(municipalityName.apply(v.municipality()))))).orElse(null),
                o.cancelReason().orElse(null), Times.oslo(o.updatedAt()));
    }

    /** Rendered once, when the offering changes, so that a search only splices text. */
    String json() {
        return JSONB.toJson(this);
    }
}
