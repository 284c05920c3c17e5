package no.samkurs.catalog.offering.boundary;

import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.CoHost;
import no.samkurs.catalog.offering.entity.Contact;
import no.samkurs.catalog.offering.entity.Link;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Times;
import no.samkurs.catalog.offering.entity.Venue;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static no.samkurs.catalog.offering.entity.Times.oslo;

/**
 * One offering in full, as its reader may see it: labels in the caller's language; co-host answers and join links
 * only for those {@link Visibility} lets inside. Absent values (no capacity, not published yet) are left out; with
 * a capacity come the seats left and how many wait for one.
 */
public record OfferingView(String id, long version, Label status, int revision, Label kind, Label delivery,
                           String title, String summary, String description, List<Label> topics,
                           List<Label> targetGroups, boolean national, Set<String> counties, String language,
                           int priceNok, Host lead, List<Host> hosts, List<SessionView> sessions,
                           List<LinkView> links, String createdAt, String updatedAt, Integer capacity,
                           Integer seatsLeft, Integer waitlisted, String enrollmentOpens, String enrollmentCloses,
                           ContactView contact, VenueView venue, String cancelReason, String publishedAt,
                           List<CoHostView> coHosts) {

    /** A vocabulary term: its code and its label in the caller's language. */
    public record Label(String code, String label) {

        static Label of(Term term, Locale language) {
            return new Label(term.code(), term.label(language));
        }
    }

    /** A session; its join link only for insiders. */
    public record SessionView(String id, String start, String end, String title, String location, String joinUrl) {

        static SessionView of(Session s, boolean inside) {
            return new SessionView(s.id(), oslo(s.startsAt()), oslo(s.endsAt()), s.title(), s.location(),
                    inside ? s.joinUrl() : null);
        }
    }

    public record LinkView(String kind, String title, String url) {

        static LinkView of(Link link) {
            return new LinkView(link.kind().code(), link.title(), link.url());
        }
    }

    /** Whom to ask; a part not given is an empty text. */
    public record ContactView(String name, String email, String phone) {

        static ContactView of(Contact c) {
            return new ContactView(text(c.name()), text(c.email()), text(c.phone()));
        }
    }

    /** Where it meets, the municipality by number; a part not given is an empty text. */
    public record VenueView(String name, String address, String municipality) {

        static VenueView of(Venue v) {
            return new VenueView(text(v.name()), text(v.address()), text(v.municipality()));
        }
    }

    /** An invited organisation and its answer, shown to insiders only. */
    public record CoHostView(Host organisation, Label state, String invitedAt) {

        static CoHostView of(CoHost c, Locale language) {
            return new CoHostView(c.organisation(), Label.of(c.state(), language), oslo(c.invitedAt()));
        }
    }

    public static OfferingView of(Offering o, Reader reader, Locale language) {
        boolean inside = Visibility.seesInside(reader, o);
        return new OfferingView(o.id(), o.version(), Label.of(o.status(), language), o.revision(),
                Label.of(o.kind(), language), Label.of(o.delivery(), language), o.title(), o.summary(),
                o.description() == null ? "" : o.description(), labels(o.topics(), language),
                labels(o.targetGroups(), language), o.national(), o.counties(), o.language(), o.priceNok(),
                Host.of(o.lead()), o.hosts(), o.sessions().stream().map(s -> SessionView.of(s, inside)).toList(),
                o.links().stream().map(LinkView::of).toList(), oslo(o.createdAt()), oslo(o.updatedAt()),
                o.capacity().orElse(null), o.seatsLeft().orElse(null),
                o.capacity().map(c -> o.waitlisted()).orElse(null),
                o.enrollmentOpens().map(Times::oslo).orElse(null), o.enrollmentCloses().map(Times::oslo).orElse(null),
                o.contact().map(ContactView::of).orElse(null),
                o.venue().map(VenueView::of).orElse(null), o.cancelReason().orElse(null),
                o.publishedAt().map(Times::oslo).orElse(null),
                inside ? o.coHosts().stream().map(c -> CoHostView.of(c, language)).toList() : null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<Label> labels(Collection<? extends Term> terms, Locale language) {
        return terms.stream().map(t -> Label.of(t, language)).toList();
    }
}
