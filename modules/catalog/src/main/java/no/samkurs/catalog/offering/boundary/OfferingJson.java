package no.samkurs.catalog.offering.boundary;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Host;

import java.util.Collection;
import java.util.Locale;

import static no.samkurs.catalog.offering.entity.Times.oslo;

/**
 * One offering in full, as its reader may see it: labels in the caller's language; co-host answers and join links
 * only for its hosts, coordinators and administrators (participants get join links through their enrollment).
 */
final class OfferingJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private OfferingJson() {
    }

    static JsonObject of(Offering o, Reader reader, Locale language) {
        boolean insider = reader.administrator() || reader.organisationId() != null && o.involves(reader.organisationId())
                || !reader.coordinatorCounties().isEmpty() && o.isFor(reader.coordinatorCounties());
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", o.id())
                .add("version", o.version())
                .add("status", term(o.status(), language))
                .add("revision", o.revision())
                .add("kind", term(o.kind(), language))
                .add("delivery", term(o.delivery(), language))
                .add("title", o.title())
                .add("summary", o.summary())
                .add("description", o.description() == null ? "" : o.description())
                .add("topics", terms(o.topics(), language))
                .add("targetGroups", terms(o.targetGroups(), language))
                .add("national", o.national())
                .add("counties", JSON.createArrayBuilder(o.counties()))
                .add("language", o.language())
                .add("priceNok", o.priceNok())
                .add("lead", organisation(Host.of(o.lead())))
                .add("hosts", organisations(o))
                .add("sessions", sessions(o, insider))
                .add("links", links(o))
                .add("createdAt", oslo(o.createdAt()))
                .add("updatedAt", oslo(o.updatedAt()));
        o.capacity().ifPresent(c -> json.add("capacity", c));
        o.seatsLeft().ifPresent(s -> json.add("seatsLeft", s));
        o.enrollmentOpens().ifPresent(t -> json.add("enrollmentOpens", oslo(t)));
        o.enrollmentCloses().ifPresent(t -> json.add("enrollmentCloses", oslo(t)));
        o.contact().ifPresent(c -> json.add("contact", JSON.createObjectBuilder().add("name", nn(c.name()))
                .add("email", nn(c.email())).add("phone", nn(c.phone()))));
        o.venue().ifPresent(v -> json.add("venue", JSON.createObjectBuilder().add("name", nn(v.name()))
                .add("address", nn(v.address())).add("municipality", nn(v.municipality()))));
        o.cancelReason().ifPresent(r -> json.add("cancelReason", r));
        o.publishedAt().ifPresent(t -> json.add("publishedAt", oslo(t)));
        if (insider) {
            JsonArrayBuilder coHosts = JSON.createArrayBuilder();
            o.coHosts().forEach(c -> coHosts.add(JSON.createObjectBuilder()
                    .add("organisation", organisation(c.organisation()))
                    .add("state", term(c.state(), language))
                    .add("invitedAt", oslo(c.invitedAt()))));
            json.add("coHosts", coHosts);
        }
        return json.build();
    }

    private static JsonArrayBuilder sessions(Offering o, boolean insider) {
        JsonArrayBuilder sessions = JSON.createArrayBuilder();
        o.sessions().forEach(s -> {
            JsonObjectBuilder session = JSON.createObjectBuilder().add("id", s.id())
                    .add("start", oslo(s.startsAt())).add("end", oslo(s.endsAt()));
            if (s.title() != null) {
                session.add("title", s.title());
            }
            if (s.location() != null) {
                session.add("location", s.location());
            }
            if (insider && s.joinUrl() != null) {
                session.add("joinUrl", s.joinUrl());
            }
            sessions.add(session);
        });
        return sessions;
    }

    private static JsonArrayBuilder links(Offering o) {
        JsonArrayBuilder links = JSON.createArrayBuilder();
        o.links().forEach(l -> links.add(JSON.createObjectBuilder().add("kind", l.kind().code())
                .add("title", l.title()).add("url", l.url())));
        return links;
    }

    private static JsonArrayBuilder organisations(Offering o) {
        JsonArrayBuilder hosts = JSON.createArrayBuilder();
        o.hosts().forEach(h -> hosts.add(organisation(h)));
        return hosts;
    }

    static JsonObjectBuilder organisation(Host organisation) {
        return JSON.createObjectBuilder().add("id", organisation.id()).add("name", organisation.name());
    }

    static JsonObjectBuilder term(Term term, Locale language) {
        return JSON.createObjectBuilder().add("code", term.code()).add("label", term.label(language));
    }

    private static JsonArrayBuilder terms(Collection<? extends Term> terms, Locale language) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        terms.forEach(t -> array.add(term(t, language)));
        return array;
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }
}
