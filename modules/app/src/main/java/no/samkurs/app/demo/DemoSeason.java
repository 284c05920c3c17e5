package no.samkurs.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Contact;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Link;
import no.samkurs.catalog.offering.entity.LinkKind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.offering.entity.Venue;
import no.samkurs.platform.schema.SchemaReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Fills an empty catalog with a realistic demo season (demo/season.json): offerings from every centre and
 * statsforvalter office, many co-hosted, all published. Dates are days from today, so the season is always ahead.
 */
@ApplicationScoped
public class DemoSeason {

    private static final Logger LOG = Logger.getLogger(DemoSeason.class.getName());

    @Inject
    @ConfigProperty(name = "samkurs.demo.season", defaultValue = "false")
    boolean enabled;

    @Inject
    Offerings offerings;

    @PersistenceContext
    EntityManager em;

    @Transactional
    void onSchemaReady(@Observes SchemaReady ready) {
        if (!enabled || em.createQuery("SELECT COUNT(o) FROM Offering o", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(Session.ZONE);
        JsonArray season = read();
        for (JsonObject item : season.getValuesAs(JsonObject.class)) {
            Actor admin = Actor.anAdministrator();
            Offering offering = offerings.create(item.getString("lead"), details(item, today), admin);
            for (JsonString coHost : item.getJsonArray("coHosts") == null ? List.<JsonString>of()
                    : item.getJsonArray("coHosts").getValuesAs(JsonString.class)) {
                offerings.invite(offering.id(), coHost.getString(), admin);
                offerings.answer(offering.id(), coHost.getString(), true, admin);
            }
            offerings.publish(offering.id(), admin);
        }
        LOG.info(() -> "Demo season published: " + season.size() + " offerings.");
    }

    private static JsonArray read() {
        try (InputStream in = DemoSeason.class.getResourceAsStream("/demo/season.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static OfferingDetails details(JsonObject o, LocalDate today) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        strings(o, "topics").forEach(t -> topics.add(Term.parse(Topic.class, "topics", t)));
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        strings(o, "targetGroups").forEach(t -> groups.add(Term.parse(TargetGroup.class, "targetGroups", t)));
        JsonObject contact = o.getJsonObject("contact");
        JsonObject venue = o.getJsonObject("venue");
        List<Link> links = o.containsKey("links") ? o.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .map(l -> new Link(Term.parse(LinkKind.class, "kind", l.getString("kind")), l.getString("title"),
                        l.getString("url"))).toList() : List.of();
        List<SessionDetails> sessions = o.getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .map(s -> {
                    LocalDate day = today.plusDays(s.getInt("inDays"));
                    return new SessionDetails(null, at(day, s.getString("start")), at(day, s.getString("end")),
                            s.getString("title", null), s.getString("joinUrl", null), null);
                }).toList();
        return new OfferingDetails(Term.parse(Kind.class, "kind", o.getString("kind")),
                Term.parse(Delivery.class, "delivery", o.getString("delivery")), o.getString("title"),
                o.getString("summary"), o.getString("description", null), topics, groups,
                o.getBoolean("national", false), new TreeSet<>(strings(o, "counties")), o.getString("language", "nb"),
                o.getInt("priceNok", 0), o.containsKey("capacity") ? o.getInt("capacity") : null,
                o.containsKey("enrollmentOpensInDays") ? at(today.plusDays(o.getInt("enrollmentOpensInDays")), "08:00") : null,
                o.containsKey("enrollmentClosesInDays") ? at(today.plusDays(o.getInt("enrollmentClosesInDays")), "23:59") : null,
                contact == null ? null : new Contact(contact.getString("name", null), contact.getString("email", null),
                        contact.getString("phone", null)),
                venue == null ? null : new Venue(venue.getString("name", null), venue.getString("address", null),
                        venue.getString("municipality", null)),
                links, sessions);
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(Session.ZONE).toInstant();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList() : List.of();
    }
}
