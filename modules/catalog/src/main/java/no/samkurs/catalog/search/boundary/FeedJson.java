package no.samkurs.catalog.search.boundary;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.search.control.SearchResult;
import no.samkurs.catalog.offering.entity.Host;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static no.samkurs.catalog.offering.entity.Times.oslo;

/**
 * The open feed in schema.org terms (JSON-LD), for municipal intranets and national portals: webinars as
 * {@code Event}, courses, networks and e-learning as {@code Course} with a {@code CourseInstance} per session.
 * All hosts are named; cancelled offerings stay in the feed as {@code EventCancelled}; join links are never in it.
 */
final class FeedJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Locale NB = Locale.forLanguageTag("nb");

    private FeedJson() {
    }

    static JsonObject of(SearchResult result, Function<String, Optional<Offering>> offerings, URI api) {
        JsonArrayBuilder elements = JSON.createArrayBuilder();
        result.ids().forEach(id -> offerings.apply(id).ifPresent(o -> elements.add(element(o, api))));
        return JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "DataFeed")
                .add("name", "Samkurs – kompetansetilbud for kommunene")
                .add("inLanguage", "nb")
                .add("dateModified", oslo(Instant.now()))
                .add("numberOfItems", result.total())
                .add("dataFeedElement", elements)
                .build();
    }

    private static JsonObject element(Offering o, URI api) {
        String url = api.resolve("offerings/" + o.id()).toString();
        boolean event = o.kind() == Kind.WEBINAR;
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("@type", event ? "Event" : "Course")
                .add("@id", url)
                .add("identifier", o.id())
                .add("url", url)
                .add("name", o.title())
                .add("description", o.summary())
                .add("inLanguage", o.language())
                .add("learningResourceType", o.kind().label(NB))
                .add("about", terms(o.topics().stream().map(t -> t.label(NB)).toList()))
                .add("audience", audience(o))
                .add("offers", offer(o, url));
        JsonArrayBuilder hosts = JSON.createArrayBuilder();
        o.hosts().forEach(h -> hosts.add(organisation(h)));
        json.add(event ? "organizer" : "provider", hosts);
        if (event) {
            o.sessions().stream().findFirst().ifPresent(s -> json.add("startDate", oslo(s.startsAt()))
                    .add("endDate", oslo(s.endsAt())));
            json.add("eventStatus", eventStatus(o))
                    .add("eventAttendanceMode", mode(o.delivery(), true))
                    .add("location", location(o, url));
        } else {
            JsonArrayBuilder instances = JSON.createArrayBuilder();
            o.sessions().forEach(s -> instances.add(instance(o, s, url)));
            if (o.sessions().isEmpty()) {
                instances.add(JSON.createObjectBuilder().add("@type", "CourseInstance")
                        .add("courseMode", mode(o.delivery(), false)).add("courseWorkload", "Eget tempo"));
            }
            json.add("hasCourseInstance", instances);
        }
        o.cancelReason().ifPresent(r -> json.add("disambiguatingDescription", "Avlyst: " + r));
        return json.build();
    }

    private static JsonObjectBuilder instance(Offering o, Session s, String url) {
        JsonObjectBuilder instance = JSON.createObjectBuilder().add("@type", "CourseInstance")
                .add("courseMode", mode(o.delivery(), false))
                .add("startDate", oslo(s.startsAt())).add("endDate", oslo(s.endsAt()))
                .add("eventStatus", eventStatus(o))
                .add("location", location(o, url));
        if (s.title() != null) {
            instance.add("name", s.title());
        }
        return instance;
    }

    private static String eventStatus(Offering o) {
        return o.status() == Status.CANCELLED ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled";
    }

    private static String mode(Delivery delivery, boolean event) {
        return switch (delivery) {
            case DIGITAL -> event ? "https://schema.org/OnlineEventAttendanceMode" : "online";
            case IN_PERSON -> event ? "https://schema.org/OfflineEventAttendanceMode" : "onsite";
            case HYBRID -> event ? "https://schema.org/MixedEventAttendanceMode" : "blended";
        };
    }

    private static JsonObjectBuilder location(Offering o, String url) {
        return o.venue().<JsonObjectBuilder>map(v -> JSON.createObjectBuilder().add("@type", "Place")
                        .add("name", v.name() == null ? "" : v.name())
                        .add("address", JSON.createObjectBuilder().add("@type", "PostalAddress")
                                .add("streetAddress", v.address() == null ? "" : v.address())
                                .add("addressCountry", "NO")))
                .orElseGet(() -> JSON.createObjectBuilder().add("@type", "VirtualLocation").add("url", url));
    }

    private static JsonObjectBuilder offer(Offering o, String url) {
        JsonObjectBuilder offer = JSON.createObjectBuilder().add("@type", "Offer")
                .add("price", String.valueOf(o.priceNok())).add("priceCurrency", "NOK").add("url", url)
                .add("availability", o.seatsLeft().map(s -> s > 0).orElse(true)
                        ? "https://schema.org/InStock" : "https://schema.org/SoldOut");
        o.enrollmentOpens().ifPresent(t -> offer.add("validFrom", oslo(t)));
        o.enrollmentCloses().ifPresent(t -> offer.add("validThrough", oslo(t)));
        return offer;
    }

    private static JsonObjectBuilder audience(Offering o) {
        return JSON.createObjectBuilder().add("@type", "Audience").add("audienceType",
                String.join(", ", o.targetGroups().stream().map(t -> t.label(NB)).toList()));
    }

    private static JsonObjectBuilder organisation(Host organisation) {
        return JSON.createObjectBuilder().add("@type", "Organization").add("identifier", organisation.id())
                .add("name", organisation.name());
    }

    private static JsonArrayBuilder terms(java.util.List<String> labels) {
        JsonArrayBuilder about = JSON.createArrayBuilder();
        labels.forEach(l -> about.add(JSON.createObjectBuilder().add("@type", "DefinedTerm").add("name", l)));
        return about;
    }
}
