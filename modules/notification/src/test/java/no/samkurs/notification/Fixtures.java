package no.samkurs.notification;

import jakarta.persistence.EntityManager;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.enrollment.booking.entity.Arrival;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** People, offerings and arrivals for the notification tests, in a database with the directory's reference data. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    public static final Instant START = Instant.parse("2026-12-01T12:00:00Z");
    public static final String JOIN_LINK = "https://video.example.no/m/123";
    public static final Actor EDITOR = Actor.editorOf("rvts-nord");
    private static final AtomicLong ORDER = new AtomicLong();

    private Fixtures() {
    }

    /** A participant in Tromsø who reads in the language (null: not chosen). */
    public static Person participant(EntityManager em, String language) {
        return participant(em, "p-" + UUID.randomUUID() + "@example.no", "Deltaker " + ORDER.incrementAndGet(),
                language);
    }

    public static Person participant(EntityManager em, String email, String name, String language) {
        Person person = new Person(email, name, Set.of(Role.PARTICIPANT), em.find(Municipality.class, "5501"), null);
        if (language != null) {
            person.preferLanguage(language);
        }
        em.persist(person);
        return person;
    }

    /** A digital webinar with one session at {@link #START} and a join link. */
    public static OfferingDetails webinar(String title, Integer capacity) {
        return webinar(title, capacity, START);
    }

    public static OfferingDetails webinar(String title, Integer capacity, Instant start) {
        return details(title, capacity, List.of(new SessionDetails(null, start, start.plusSeconds(5400), null,
                JOIN_LINK, null)));
    }

    public static OfferingDetails details(String title, Integer capacity, List<SessionDetails> sessions) {
        return new OfferingDetails(Kind.WEBINAR, Delivery.DIGITAL, title, "Et webinar om traumer.", null,
                Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), true, Set.of(), "nb", 0, capacity, null, null,
                null, null, List.of(), sessions);
    }

    /** Published by RVTS Nord (Tromsø), the lead provider. */
    public static Offering published(EntityManager em, OfferingDetails details) {
        Offering offering = new Offering(em.find(Organisation.class, "rvts-nord"), details, NOW.minusSeconds(86400));
        offering.publish(EDITOR, NOW.minusSeconds(86400));
        em.persist(offering);
        return offering;
    }

    public static Arrival arrival(String offeringId, Person person) {
        return new Arrival(offeringId, person.id(), person.municipality().map(Municipality::number).orElse(null),
                "school", null, person.id(), NOW, ORDER.incrementAndGet());
    }
}
