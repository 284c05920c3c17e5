package no.samkurs.web.editor;

import no.samkurs.catalog.offering.entity.Contact;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Venue;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The form of an offering as it is stored now: what an editor starts from, and what a stale save is merged with. */
final class StoredForm {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Session.ZONE);

    private StoredForm() {
    }

    static OfferingForm of(Offering o) {
        OfferingForm form = new OfferingForm();
        form.setVersion(o.version());
        form.setKind(o.kind().code());
        form.setDelivery(o.delivery().code());
        form.setTitle(o.title());
        form.setSummary(o.summary());
        form.setDescription(o.description());
        form.setTopics(o.topics().stream().map(Term::code).toList());
        form.setTargetGroups(o.targetGroups().stream().map(Term::code).toList());
        form.setNational(o.national());
        form.setCounties(List.copyOf(o.counties()));
        form.setLanguage(o.language());
        form.setPrice(o.priceNok() == 0 ? null : String.valueOf(o.priceNok()));
        form.setCapacity(o.capacity().map(String::valueOf).orElse(null));
        form.setOpensDate(date(o.enrollmentOpens().orElse(null)));
        form.setOpensTime(time(o.enrollmentOpens().orElse(null)));
        form.setClosesDate(date(o.enrollmentCloses().orElse(null)));
        form.setClosesTime(time(o.enrollmentCloses().orElse(null)));
        Contact contact = o.contact().orElse(new Contact(null, null, null));
        form.setContactName(contact.name());
        form.setContactEmail(contact.email());
        form.setContactPhone(contact.phone());
        Venue venue = o.venue().orElse(new Venue(null, null, null));
        form.setVenueName(venue.name());
        form.setVenueAddress(venue.address());
        form.setVenueMunicipality(venue.municipality());
        form.setSessions(new ArrayList<>(o.sessions().stream().map(s -> new SessionRow(s.id(), date(s.startsAt()),
                time(s.startsAt()), date(s.endsAt()), time(s.endsAt()), s.title(), s.location(), s.joinUrl()))
                .toList()));
        form.setLinks(new ArrayList<>(o.links().stream().map(l -> new LinkRow(l.kind().code(), l.title(), l.url()))
                .toList()));
        return form;
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.atZone(Session.ZONE).toLocalDate().toString();
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
