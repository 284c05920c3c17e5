package no.samkurs.catalog.search.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.Times;
import no.samkurs.catalog.search.boundary.SchemaOrg.Audience;
import no.samkurs.catalog.search.boundary.SchemaOrg.CourseInstance;
import no.samkurs.catalog.search.boundary.SchemaOrg.DefinedTerm;
import no.samkurs.catalog.search.boundary.SchemaOrg.Location;
import no.samkurs.catalog.search.boundary.SchemaOrg.Offer;
import no.samkurs.catalog.search.boundary.SchemaOrg.Organization;
import no.samkurs.catalog.search.boundary.SchemaOrg.PostalAddress;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import static no.samkurs.catalog.offering.entity.Times.oslo;

/**
 * One offering in the feed: a webinar as an {@code Event} (with its organizers, time, status and attendance mode),
 * anything else as a {@code Course} (with its providers and a {@code CourseInstance} per session). All hosts are
 * named; a cancelled offering stays as {@code EventCancelled}; join links are never in it.
 */
public record FeedElement(@JsonbProperty("@type") String type, @JsonbProperty("@id") String id, String identifier,
                          String url, String name, String description, String inLanguage,
                          String learningResourceType, List<DefinedTerm> about, Audience audience, Offer offers,
                          List<Organization> organizer, List<Organization> provider, String startDate,
                          String endDate, String eventStatus, String eventAttendanceMode, Location location,
                          List<CourseInstance> hasCourseInstance, String disambiguatingDescription) {

    private static final Locale NB = Locale.forLanguageTag("nb");

    /** In the feed, at its API address, with the seats left (null: no capacity) as the search has them now. */
    static FeedElement of(Offering o, URI api, Integer seatsLeft) {
        return of(o, api.resolve("offerings/" + o.id()).toString(), seatsLeft);
    }

    /** On its own page, at the page's address, with the seats as just read with the offering. */
    public static FeedElement of(Offering o, String url) {
        return of(o, url, o.seatsLeft().orElse(null));
    }

    private static FeedElement of(Offering o, String url, Integer seatsLeft) {
        boolean event = o.kind() == Kind.WEBINAR;
        List<Organization> hosts = o.hosts().stream().map(Organization::of).toList();
        Session first = event ? o.sessions().stream().findFirst().orElse(null) : null;
        return new FeedElement(event ? "Event" : "Course", url, o.id(), url, o.title(), o.summary(), o.language(),
                o.kind().label(NB), o.topics().stream().map(t -> DefinedTerm.named(t.label(NB))).toList(),
                new Audience("Audience", String.join(", ", o.targetGroups().stream().map(t -> t.label(NB)).toList())),
                offer(o, url, seatsLeft), event ? hosts : null, event ? null : hosts,
                first == null ? null : oslo(first.startsAt()), first == null ? null : oslo(first.endsAt()),
                event ? eventStatus(o) : null, event ? mode(o.delivery(), true) : null,
                event ? location(o, url) : null, event ? null : instances(o, url),
                o.cancelReason().map(r -> "Avlyst: " + r).orElse(null));
    }

    private static List<CourseInstance> instances(Offering o, String url) {
        if (o.sessions().isEmpty()) {
            return List.of(new CourseInstance("CourseInstance", null, mode(o.delivery(), false), "Eget tempo",
                    null, null, null, null));
        }
        return o.sessions().stream().map(s -> new CourseInstance("CourseInstance", s.title(),
                mode(o.delivery(), false), null, oslo(s.startsAt()), oslo(s.endsAt()), eventStatus(o),
                location(o, url))).toList();
    }

    private static Offer offer(Offering o, String url, Integer seatsLeft) {
        boolean available = seatsLeft == null || seatsLeft > 0;
        return new Offer("Offer", String.valueOf(o.priceNok()), "NOK", url,
                available ? "https://schema.org/InStock" : "https://schema.org/SoldOut",
                o.enrollmentOpens().map(Times::oslo).orElse(null), o.enrollmentCloses().map(Times::oslo).orElse(null));
    }

    private static Location location(Offering o, String url) {
        return o.venue().map(v -> new Location("Place", v.name() == null ? "" : v.name(), new PostalAddress(
                        "PostalAddress", v.address() == null ? "" : v.address(), "NO"), null))
                .orElseGet(() -> new Location("VirtualLocation", null, null, url));
    }

    private static String eventStatus(Offering o) {
        return o.status() == Status.CANCELLED ? "https://schema.org/EventCancelled"
                : "https://schema.org/EventScheduled";
    }

    private static String mode(Delivery delivery, boolean event) {
        return switch (delivery) {
            case DIGITAL -> event ? "https://schema.org/OnlineEventAttendanceMode" : "online";
            case IN_PERSON -> event ? "https://schema.org/OfflineEventAttendanceMode" : "onsite";
            case HYBRID -> event ? "https://schema.org/MixedEventAttendanceMode" : "blended";
        };
    }
}
