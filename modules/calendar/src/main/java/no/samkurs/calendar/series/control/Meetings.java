package no.samkurs.calendar.series.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.calendar.series.entity.SeriesDetails;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.platform.problem.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The series use cases: each loads the series and its offering, lets the series apply its rules, and announces the
 * change inside the transaction, so that the calendar's events change in the same commit.
 */
@ApplicationScoped
@Transactional
public class Meetings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SeriesChanged> changed;

    Clock clock = Clock.systemUTC();

    public Series require(String id) {
        Series series = id == null ? null : em.find(Series.class, id);
        if (series == null) {
            throw RuleViolation.notFound("Fant ikke møteserien med id «" + id + "».");
        }
        return series;
    }

    public Offering offering(String offeringId) {
        Offering offering = offeringId == null ? null : em.find(Offering.class, offeringId);
        if (offering == null) {
            throw RuleViolation.notFound("Fant ikke tilbudet med id «" + offeringId + "».");
        }
        return offering;
    }

    /** The offering's series, the earliest first. */
    public List<Series> ofOffering(String offeringId) {
        return em.createNamedQuery(Series.OF_OFFERING, Series.class).setParameter("offering", offeringId)
                .getResultList();
    }

    public Series create(String offeringId, SeriesDetails details, Actor actor) {
        Series series = new Series(offering(offeringId), details, actor, clock.instant());
        em.persist(series);
        return announce(series);
    }

    /** Changes a series; the caller's version must be the current one, or nobody's work is silently lost. */
    public Series update(String id, long version, SeriesDetails details, Actor actor) {
        Series series = require(id);
        if (series.version() != version) {
            throw RuleViolation.conflict("Møteserien er endret av noen andre siden du hentet den (versjon "
                    + series.version() + ", du sendte " + version + "). Hent den på nytt og gjør endringen igjen.");
        }
        return change(series, (s, offering) -> s.update(offering, details, actor, clock.instant()));
    }

    /** Moves one meeting (new start and end), cancels it, or both. */
    public Series changeOccurrence(String id, LocalDate date, boolean cancel, Instant startsAt, Instant endsAt,
                                   Actor actor) {
        return change(require(id),
                (s, offering) -> s.changeOccurrence(offering, date, cancel, startsAt, endsAt, actor, clock.instant()));
    }

    public Series restoreOccurrence(String id, LocalDate date, Actor actor) {
        return change(require(id), (s, offering) -> s.restoreOccurrence(offering, date, actor, clock.instant()));
    }

    public Series cancel(String id, Actor actor) {
        return change(require(id), (s, offering) -> s.cancel(offering, actor, clock.instant()));
    }

    private Series change(Series series, BiConsumer<Series, Offering> change) {
        change.accept(series, offering(series.offeringId()));
        return announce(series);
    }

    private Series announce(Series series) {
        em.flush();
        changed.fire(new SeriesChanged(series.id(), series.offeringId()));
        return series;
    }
}
