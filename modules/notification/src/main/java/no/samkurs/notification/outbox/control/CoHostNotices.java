package no.samkurs.notification.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.catalog.offering.control.CoHostInvited;
import no.samkurs.catalog.offering.entity.CoHost;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.notification.outbox.entity.Kind;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records the co-host invitation's message to each active editor of the invited organisation, in the invitation's
 * transaction. An invitation is named by when it was made, so inviting again after a refusal is a new message.
 */
@ApplicationScoped
public class CoHostNotices {

    @Inject
    Outbox outbox;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    void onInvited(@Observes CoHostInvited invited) {
        Offering offering = em.find(Offering.class, invited.offeringId());
        Instant at = offering == null ? clock.instant() : offering.coHosts().stream()
                .filter(c -> c.organisationId().equals(invited.organisationId())).map(CoHost::invitedAt)
                .findFirst().orElse(clock.instant());
        // An organisation has a handful of people: their roles are read with them.
        List<Outbox.Entry> entries = em.createQuery("SELECT p FROM Person p WHERE p.organisationId = :organisation",
                        Person.class).setParameter("organisation", invited.organisationId()).getResultStream()
                .filter(p -> p.isActive() && p.has(Role.PROVIDER_EDITOR))
                .map(p -> new Outbox.Entry(Kind.CO_HOST_INVITED, p.id(), invited.offeringId(), null, null,
                        "co-host@" + invited.offeringId() + "@" + at.toEpochMilli(), clock.instant(),
                        invited.organisationId()))
                .toList();
        outbox.record(entries);
    }
}
