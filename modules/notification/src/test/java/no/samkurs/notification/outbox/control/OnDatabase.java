package no.samkurs.notification.outbox.control;

import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.notification.Database;
import no.samkurs.notification.Fixtures;
import no.samkurs.notification.outbox.entity.Notice;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The outbox's tests' ground: offerings with their events, people, enrollments and what they recorded. */
public abstract class OnDatabase extends Database {

    protected <T> T wired(Function<Wired, T> work) {
        return tx(em -> work.apply(new Wired(em, clock)));
    }

    /** A published offering with its calendar events, as the projection keeps them. */
    protected String offering(OfferingDetails details) {
        return tx(em -> {
            String id = Fixtures.published(em, details).id();
            em.flush();
            new Wired(em, clock).projection.project(id);
            return id;
        });
    }

    protected Person person(String language) {
        return tx(em -> Fixtures.participant(em, language));
    }

    protected List<Placement> admit(String offeringId, Person... people) {
        return wired(w -> w.desk.admit(offeringId, Arrays.stream(people)
                .map(p -> Fixtures.arrival(offeringId, p)).toList()));
    }

    protected void cancel(String offeringId, Placement placement) {
        wired(w -> w.enrollments.cancel(offeringId, placement.enrollmentId(),
                new Enrollments.Canceller(placement.personId(), false), null));
    }

    protected List<Notice> notices(String offeringId) {
        return tx(em -> em.createQuery("SELECT n FROM Notice n WHERE n.offeringId = :o ORDER BY n.sequence, "
                + "n.kind", Notice.class).setParameter("o", offeringId).getResultList());
    }

    protected Notice of(String offeringId, Person person) {
        List<Notice> theirs = notices(offeringId).stream().filter(n -> n.personId().equals(person.id())).toList();
        return theirs.get(theirs.size() - 1);
    }

    int feedSequence(String offeringId) {
        return tx(em -> em.createNamedQuery(CalendarEvent.OF_OFFERINGS, CalendarEvent.class)
                .setParameter("offerings", List.of(offeringId)).getResultList().stream()
                .mapToInt(CalendarEvent::sequence).max().orElseThrow());
    }
}
