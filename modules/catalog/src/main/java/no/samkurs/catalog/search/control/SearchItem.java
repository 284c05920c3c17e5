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
 * carry the labels). Absent values (no sessions, no capacity, no venue) are left out. The seats ({@code capacity},
 * {@code seatsLeft}, {@code waitlisted}) are those of the {@link SeatBoard} when the search ran.
 */
public record SearchItem(String id, String title, String summary, String kind, String delivery, String status,
                         int revision, String language, int priceNok, boolean national, Set<String> counties,
                         List<String> topics, List<String> targetGroups, Host lead, List<Host> hosts,
                         int sessionCount, String firstStart, String lastEnd, String enrollmentOpens,
                         String enrollmentCloses, Integer capacity, Integer seatsLeft, Integer waitlisted, Place venue,
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
                o.seatsLeft().orElse(null), o.capacity().map(c -> o.waitlisted()).orElse(null),
                o.venue().map(v -> new Place(v.name(), new Municipality(v.municipality(),
                        String.valueOf(municipalityName.apply(v.municipality()))))).orElse(null),
                o.cancelReason().orElse(null), Times.oslo(o.updatedAt()));
    }

    /** The same hit with these seats (null: no capacity). */
    SearchItem seated(SeatCount seats) {
        return new SearchItem(id, title, summary, kind, delivery, status, revision, language, priceNok, national,
                counties, topics, targetGroups, lead, hosts, sessionCount, firstStart, lastEnd, enrollmentOpens,
                enrollmentCloses, seats == null ? null : seats.capacity(), seats == null ? null : seats.left(),
                seats == null ? null : seats.waitlisted(), venue, cancelReason, updatedAt);
    }

    /**
     * Rendered once, when the offering changes, so that a search only splices text; without the seats, which move
     * with every enrollment and are added per search ({@link #json(String, SeatCount)}).
     */
    String json() {
        return JSONB.toJson(seated(null));
    }

    /** A hit as {@link #json()} rendered it, with its seats now (null: no capacity, nothing to add). */
    static String json(String withoutSeats, SeatCount seats) {
        if (seats == null) {
            return withoutSeats;
        }
        return new StringBuilder(withoutSeats.length() + 64).append(withoutSeats, 0, withoutSeats.length() - 1)
                .append(",\"capacity\":").append(seats.capacity())
                .append(",\"seatsLeft\":").append(seats.left())
                .append(",\"waitlisted\":").append(seats.waitlisted()).append('}').toString();
    }
}
