package no.samkurs.calendar.personal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.personal.entity.Follow;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

/**
 * The offerings a person follows. Following twice or unfollowing what one does not follow changes nothing (and
 * announces nothing); who may follow what is the boundary's question, asked of the catalog's Visibility.
 */
@ApplicationScoped
@Transactional
public class Follows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PersonalFeedChanged> changed;

    Clock clock = Clock.systemUTC();

    public Set<String> offeringIds(String personId) {
        return new TreeSet<>(em.createNamedQuery(Follow.OFFERINGS_OF, String.class).setParameter("person", personId)
                .getResultList());
    }

    public boolean follows(String personId, String offeringId) {
        return em.find(Follow.class, new Follow.Key(personId, offeringId)) != null;
    }

    public void follow(String personId, String offeringId) {
        if (!follows(personId, offeringId)) {
            em.persist(new Follow(personId, offeringId, clock.instant()));
            announce(personId);
        }
    }

    public void unfollow(String personId, String offeringId) {
        Follow follow = em.find(Follow.class, new Follow.Key(personId, offeringId));
        if (follow != null) {
            em.remove(follow);
            announce(personId);
        }
    }

    private void announce(String personId) {
        em.flush();
        changed.fire(new PersonalFeedChanged(personId));
    }
}
