package no.samkurs.calendar.personal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.personal.entity.FeedToken;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A person's personal feed tokens: at most one active; issuing a new one revokes the old. */
@ApplicationScoped
@Transactional
public class FeedTokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PersonalFeedChanged> changed;

    Clock clock = Clock.systemUTC();

    /** The person whose active token this is; empty for an unknown, revoked or malformed one, all alike. */
    public Optional<String> personOf(String token) {
        return FeedToken.hash(token).map(hash -> em.find(FeedToken.class, hash))
                .filter(FeedToken::isActive).map(FeedToken::personId);
    }

    /** A new secret for the person's feed; the one they had stops working in the same transaction. */
    public IssuedToken issue(String personId) {
        lock(personId);
        Instant now = clock.instant();
        active(personId).forEach(t -> t.revoke(now));
        String secret = FeedToken.newSecret();
        FeedToken token = FeedToken.of(secret, personId, now);
        em.persist(token);
        announce(personId);
        return new IssuedToken(secret, token.createdAt());
    }

    public void revoke(String personId) {
        lock(personId);
        List<FeedToken> active = active(personId);
        if (!active.isEmpty()) {
            Instant now = clock.instant();
            active.forEach(t -> t.revoke(now));
            announce(personId);
        }
    }

    /** When the person's active token was issued; empty when they have none. */
    public Optional<Instant> activeSince(String personId) {
        return active(personId).stream().findFirst().map(FeedToken::createdAt);
    }

    /** Two requests for a new token at once must not leave two active: they take turns on the person's row. */
    private void lock(String personId) {
        if (em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw RuleViolation.notFound("Fant ingen person med id «" + personId + "».");
        }
    }

    private List<FeedToken> active(String personId) {
        return em.createNamedQuery(FeedToken.ACTIVE_OF, FeedToken.class).setParameter("person", personId)
                .getResultList();
    }

    private void announce(String personId) {
        em.flush();
        changed.fire(new PersonalFeedChanged(personId));
    }
}
