package no.samkurs.enrollment.roster.control;

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
import no.samkurs.enrollment.Database;
import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.enrollment.booking.entity.Arrival;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static no.samkurs.enrollment.Fixtures.NOW;
import static no.samkurs.enrollment.Fixtures.START;

/**
 * A migrated database for the roster's contract tests, with published offerings and people in it and booking's desk
 * to enroll them, as in production.
 */
abstract class OnDatabase extends Database {

    static final Instant SECOND_START = START.plusSeconds(7 * 86400);
    private static final AtomicLong ORDER = new AtomicLong();

    /** A published webinar by RVTS Nord with sessions at {@code START} and a week later. */
    String offering(String title, Integer capacity) {
        OfferingDetails details = new OfferingDetails(Kind.WEBINAR, Delivery.DIGITAL, title, "Et webinar.", null,
                Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), true, Set.of(), "nb", 0, capacity, null, null,
                null, null, List.of(), List.of(
                new SessionDetails(null, SECOND_START, SECOND_START.plusSeconds(5400), null, null, null),
                new SessionDetails(null, START, START.plusSeconds(5400), null, null, null)));
        return tx(em -> {
            Offering offering = new Offering(em.find(Organisation.class, "rvts-nord"), details, NOW.minusSeconds(86400));
            offering.publish(Actor.editorOf("rvts-nord"), NOW.minusSeconds(86400));
            em.persist(offering);
            return offering.id();
        });
    }

    Person person(String name, String municipality, Role... roles) {
        return tx(em -> {
            Person person = new Person("p-" + UUID.randomUUID() + "@example.no", name, Set.of(roles),
                    em.find(Municipality.class, municipality), null);
            em.persist(person);
            return person;
        });
    }

    Person participant(String name, String municipality) {
        return person(name, municipality, Role.PARTICIPANT);
    }

    /** The people enrolled in one batch, in the order given, as having arrived at {@code at}. */
    List<Placement> admit(String offeringId, Instant at, Person... people) {
        return wired(w -> w.desk.admit(offeringId, List.of(people).stream().map(p -> new Arrival(offeringId, p.id(),
                p.municipality().map(Municipality::number).orElse(null), "school", null, p.id(), at,
                ORDER.incrementAndGet())).toList()));
    }
}
