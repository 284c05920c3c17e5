package no.samkurs.enrollment;

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

/** People, offerings and arrivals in a test database that holds the directory's reference data. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    public static final Instant START = Instant.parse("2026-12-01T12:00:00Z");
    private static final AtomicLong ORDER = new AtomicLong();

    private Fixtures() {
    }

    /** A participant working in the municipality (Tromsø 5501, Alta 5601, Vardø 5634, Oslo 0301 ...). */
    public static Person participant(EntityManager em, String municipality) {
        Person person = new Person("p-" + UUID.randomUUID() + "@example.no", "Deltaker " + ORDER.incrementAndGet(),
                Set.of(Role.PARTICIPANT), em.find(Municipality.class, municipality), null);
        em.persist(person);
        return person;
    }

    public static OfferingDetails webinar(Integer capacity, Instant opens, Instant closes) {
        return new OfferingDetails(Kind.WEBINAR, Delivery.DIGITAL, "Traumebevisst praksis i skolen",
                "Et webinar.", null, Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), true, Set.of(), "nb", 0,
                capacity, opens, closes, null, null, List.of(),
                List.of(new SessionDetails(null, START, START.plusSeconds(5400), null, "https://video.example.no/m",
                        null)));
    }

    /** A published webinar led by RVTS Nord (Tromsø), starting at {@link #START}. */
    public static Offering published(EntityManager em, OfferingDetails details) {
        Offering offering = new Offering(em.find(Organisation.class, "rvts-nord"), details, NOW.minusSeconds(86400));
        offering.publish(Actor.editorOf("rvts-nord"), NOW.minusSeconds(86400));
        em.persist(offering);
        return offering;
    }

    public static Arrival arrival(String offeringId, Person person, String key) {
        return new Arrival(offeringId, person.id(), person.municipality().map(Municipality::number).orElse(null),
                "school", key, person.id(), NOW, ORDER.incrementAndGet());
    }
}
