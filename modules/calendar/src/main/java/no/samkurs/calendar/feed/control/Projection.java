package no.samkurs.calendar.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.calendar.feed.entity.EventContent;
import no.samkurs.calendar.personal.control.PersonalFeedChanged;
import no.samkurs.calendar.series.control.SeriesChanged;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.catalog.offering.control.OfferingChanged;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.directory.people.control.AccountChanged;
import no.samkurs.directory.region.entity.Municipality;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the calendar's events in step with the catalog and the series, in the transaction that changes them (the
 * catalog fires OfferingChanged inside its transactions, the series fire SeriesChanged, both observed synchronously
 * here), and raises the feeds' generation when anything shown changed. Only offerings everyone may read have events
 * (catalog's Visibility; drafts have none). SEQUENCE is the offering's revision, for a series plus the series'.
 * When an offering's events change in what participants' calendars hold (times, place, link, cancellation; see
 * {@link Rescheduling}), it announces {@link EventsChanged} in the same transaction, after writing them.
 */
@ApplicationScoped
@Transactional
public class Projection {

    @PersistenceContext
    EntityManager em;

    @Inject
    Generations generations;

    @Inject
    Event<EventsChanged> eventsChanged;

    Clock clock = Clock.systemUTC();

    private volatile Map<String, String> municipalityNames;

    void onOffering(@Observes OfferingChanged change) {
        project(change.offeringId());
    }

    void onSeries(@Observes SeriesChanged change) {
        project(change.offeringId());
    }

    /** Follows, tokens and the person's roles are read when a personal feed is made; its ETag changes with them. */
    void onPersonal(@Observes PersonalFeedChanged change) {
        generations.raise(clock.instant());
    }

    void onAccount(@Observes AccountChanged change) {
        generations.raise(clock.instant());
    }

    /** Brings the offering's events in step; says whether any feed shows something new. */
    public boolean project(String offeringId) {
        Offering offering = em.find(Offering.class, offeringId);
        if (offering == null) {
            return false;
        }
        Instant now = clock.instant();
        Rescheduling rescheduling = new Rescheduling();
        boolean changed = apply(offering, events(List.of(offeringId)), series(List.of(offeringId)), now,
                rescheduling);
        if (changed) {
            written(now);
            rescheduling.change(offeringId, offering.status() == Status.CANCELLED).ifPresent(eventsChanged::fire);
        }
        return changed;
    }

    /**
     * The same for many offerings at once, read in a few queries and with one raise of the generation; says how
     * many offerings' events changed. For catching up: it announces no {@link EventsChanged} (what it brings in
     * step was changed behind the application's back, or long ago).
     */
    public int projectAll(List<String> offeringIds) {
        if (offeringIds.isEmpty()) {
            return 0;
        }
        TypedQuery<Offering> query = em.createQuery("SELECT o FROM Offering o WHERE o.id IN :ids", Offering.class)
                .setParameter("ids", offeringIds);
        for (String collection : List.of("sessions", "topics", "coHosts")) {
            query.setHint("eclipselink.batch", "o." + collection);
        }
        query.setHint("eclipselink.batch.type", "IN");
        Map<String, List<CalendarEvent>> events = events(offeringIds).stream()
                .collect(Collectors.groupingBy(CalendarEvent::offeringId));
        Map<String, List<Series>> series = series(offeringIds).stream()
                .collect(Collectors.groupingBy(Series::offeringId));
        Instant now = clock.instant();
        int changed = 0;
        for (Offering offering : query.getResultList()) {
            changed += apply(offering, events.getOrDefault(offering.id(), List.of()),
                    series.getOrDefault(offering.id(), List.of()), now, new Rescheduling()) ? 1 : 0;
        }
        if (changed > 0) {
            written(now);
        }
        return changed;
    }

    /**
     * Writes the events now, so that a concurrent change of the same event fails here as a stale version (a 409 for
     * the caller) rather than at commit; then raises the generation, always after the events (one lock order).
     */
    private void written(Instant now) {
        em.flush();
        generations.raise(now);
    }

    private boolean apply(Offering offering, List<CalendarEvent> events, List<Series> series, Instant now,
                          Rescheduling rescheduling) {
        Map<String, CalendarEvent> existing = events.stream()
                .collect(Collectors.toMap(CalendarEvent::uid, Function.identity()));
        List<EventContent> wanted = Visibility.audience(offering).contains(Visibility.PUBLIC)
                ? new Contents(this::municipalityName).of(offering, series) : List.of();
        Map<String, Integer> seriesRevisions = series.stream()
                .collect(Collectors.toMap(Series::id, Series::revision));
        boolean changed = false;
        for (EventContent shown : wanted) {
            int sequence = offering.revision() + (shown.isSeries() ? seriesRevisions.get(shown.seriesId()) : 0);
            CalendarEvent event = existing.remove(shown.uid());
            if (event == null) {
                em.persist(new CalendarEvent(shown, sequence, now));
                rescheduling.added(sequence);
                changed = true;
            } else {
                // The stored content is read only when it differs.
                EventContent before = event.fingerprint().equals(shown.fingerprint()) ? shown : event.content();
                int sequenceBefore = event.sequence();
                changed |= event.show(shown, sequence, now);
                rescheduling.shown(before, sequenceBefore, shown, event.sequence());
            }
        }
        for (CalendarEvent gone : existing.values()) {
            boolean wasCancelled = gone.cancelled();
            changed |= gone.withdraw(offering.revision(), now);
            rescheduling.withdrawn(wasCancelled, gone.sequence());
        }
        return changed;
    }

    private List<CalendarEvent> events(List<String> offeringIds) {
        return em.createNamedQuery(CalendarEvent.OF_OFFERINGS, CalendarEvent.class)
                .setParameter("offerings", offeringIds).getResultList();
    }

    private List<Series> series(List<String> offeringIds) {
        return em.createNamedQuery(Series.OF_OFFERINGS, Series.class).setParameter("offerings", offeringIds)
                .getResultList();
    }

    private String municipalityName(String number) {
        if (municipalityNames == null) {
            municipalityNames = em.createQuery("SELECT m FROM Municipality m", Municipality.class).getResultList()
                    .stream().collect(Collectors.toMap(Municipality::number, Municipality::name));
        }
        return municipalityNames.getOrDefault(number, number);
    }
}
