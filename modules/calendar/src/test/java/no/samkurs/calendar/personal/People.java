package no.samkurs.calendar.personal;

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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** People and offerings stored in a test database with the directory's reference data, for the calendar's tests. */
public final class People {

    private People() {
    }

    /** A participant living in Tromsø. */
    public static Person participant(EntityManager em) {
        Person person = new Person("p-" + UUID.randomUUID() + "@example.no", "Deltaker", Set.of(Role.PARTICIPANT),
                em.find(Municipality.class, "5501"), null);
        em.persist(person);
        return person;
    }

    /** Someone with the role at the organisation (a statsforvalter office for coordinators). */
    public static Person at(EntityManager em, Role role, String organisationId) {
        Person person = new Person(role.roleName() + "-" + UUID.randomUUID() + "@example.no", "Person",
                Set.of(role), null, em.find(Organisation.class, organisationId));
        em.persist(person);
        return person;
    }

    public static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Oslo")).toInstant();
    }

    /** A published course led by the organisation, about trauma for schools, with sessions starting at the times. */
    public static Offering published(EntityManager em, String leadId, String title, Set<String> counties,
                                     String... sessionStarts) {
        List<SessionDetails> sessions = java.util.Arrays.stream(sessionStarts).map(People::oslo)
                .map(start -> new SessionDetails(null, start, start.plusSeconds(7200), null, null, null)).toList();
        OfferingDetails details = new OfferingDetails(Kind.COURSE, Delivery.DIGITAL, title, "Et kort sammendrag.",
                null, Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), counties.isEmpty(), counties, "nb", 0,
                40, null, null, null, null, List.of(), sessions);
        Offering offering = new Offering(em.find(Organisation.class, leadId), details, Instant.now());
        offering.publish(Actor.editorOf(leadId), Instant.now());
        em.persist(offering);
        return offering;
    }
}
