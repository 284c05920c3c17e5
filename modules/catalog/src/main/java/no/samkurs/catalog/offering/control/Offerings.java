package no.samkurs.catalog.offering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The offering use cases: each loads the aggregate, lets it apply its rules, and announces the change. */
@ApplicationScoped
@Transactional
public class Offerings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Regions regions;

    @Inject
    Event<OfferingChanged> changed;

    @Inject
    Event<CoHostInvited> invited;

    @Inject
    Seats seats;

    Clock clock = Clock.systemUTC();

    public Optional<Offering> byId(String id) {
        return Optional.ofNullable(em.find(Offering.class, id));
    }

    public Offering require(String id) {
        return byId(id).orElseThrow(() -> RuleViolation.notFound("Fant ikke tilbudet med id «" + id + "»."));
    }

    /** A new draft led by the editor's organisation (an administrator names the lead). */
    public Offering create(String leadId, OfferingDetails details, Actor actor) {
        if (!actor.administrator() && !actor.organisationId().equals(leadId)) {
            throw RuleViolation.forbidden("Du kan bare opprette tilbud for din egen organisasjon.");
        }
        checkPlaces(details);
        Offering offering = new Offering(organisation("lead", leadId), details, clock.instant());
        em.persist(offering);
        return announce(offering);
    }

    /** Changes an offering; the caller's version must be the current one, or nobody's work is silently lost. */
    public Offering update(String id, long version, OfferingDetails details, Actor actor) {
        // Locked as every seat decision is, so that the capacity is checked against the seats taken now.
        Offering offering = seats.lock(id)
                .orElseThrow(() -> RuleViolation.notFound("Fant ikke tilbudet med id «" + id + "»."));
        if (offering.version() != version) {
            throw RuleViolation.conflict("Tilbudet er endret av noen andre siden du hentet det (versjon "
                    + offering.version() + ", du sendte " + version + "). Hent det på nytt og gjør endringen igjen.");
        }
        checkPlaces(details);
        offering.update(details, actor, clock.instant());
        return announce(offering);
    }

    public Offering invite(String id, String organisationId, Actor actor) {
        Organisation organisation = organisation("organisation", organisationId);
        Offering offering = change(id, o -> o.invite(organisation, actor, clock.instant()));
        invited.fire(new CoHostInvited(offering.id(), organisation.id()));
        return offering;
    }

    public Offering answer(String id, String organisationId, boolean accepted, Actor actor) {
        return change(id, o -> o.answer(organisationId, accepted, actor, clock.instant()));
    }

    public Offering removeCoHost(String id, String organisationId, Actor actor) {
        return change(id, o -> o.removeCoHost(organisationId, actor, clock.instant()));
    }

    public Offering publish(String id, Actor actor) {
        return change(id, o -> o.publish(actor, clock.instant()));
    }

    public Offering cancel(String id, String reason, Actor actor) {
        return change(id, o -> o.cancel(reason, actor, clock.instant()));
    }

    /** Every offering an organisation leads or co-hosts (or is invited to co-host), newest first. */
    public List<Offering> ofOrganisation(String organisationId) {
        return em.createQuery("SELECT DISTINCT o FROM Offering o LEFT JOIN o.coHosts c "
                        + "WHERE o.lead.id = :organisation OR c.organisationId = :organisation "
                        + "ORDER BY o.updatedAt DESC", Offering.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    private Offering change(String id, Consumer<Offering> change) {
        Offering offering = require(id);
        change.accept(offering);
        return announce(offering);
    }

    private Offering announce(Offering offering) {
        em.flush();
        changed.fire(new OfferingChanged(offering.id()));
        return offering;
    }

    private Organisation organisation(String field, String id) {
        return organisations.byId(id).orElseThrow(() -> RuleViolation.invalid(field,
                "Fant ingen organisasjon med id «" + id + "»."));
    }

    private void checkPlaces(OfferingDetails details) {
        for (String county : details.counties()) {
            if (regions.county(county).isEmpty()) {
                throw RuleViolation.invalid("counties", "Fant ikke fylke nummer «" + county + "».");
            }
        }
        if (details.venue() != null && details.venue().municipality() != null
                && regions.municipality(details.venue().municipality()).isEmpty()) {
            throw RuleViolation.invalid("venue.municipality",
                    "Fant ikke kommune nummer «" + details.venue().municipality() + "».");
        }
    }
}
