package no.samkurs.calendar.feed.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import no.samkurs.platform.testing.Fired;
import no.samkurs.platform.testing.TestClock;
import no.samkurs.calendar.personal.control.FeedTokens;
import no.samkurs.calendar.personal.control.Follows;
import no.samkurs.calendar.personal.control.PersonalFeedChanged;
import no.samkurs.calendar.series.control.Meetings;
import no.samkurs.calendar.series.control.SeriesChanged;
import no.samkurs.catalog.offering.control.OfferingChanged;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static no.samkurs.platform.testing.Wiring.set;

/**
 * The calendar's controls wired as CDI would wire them, on a real database: application-scoped ones live across
 * transactions, each transaction gets its entity manager, events are observed synchronously inside it, and the
 * generation's after-commit observer runs after the commit.
 */
public final class Calendar {

    final EntityManagerFactory jpa;
    final TestClock clock;
    final Generations generations = new Generations();
    final Projection projection = new Projection();
    final Scopes scopes = new Scopes();
    public final Feeds feeds = new Feeds();
    public final Calendars calendars = new Calendars();
    final CatchUp catchUp = new CatchUp();
    final Meetings meetings = new Meetings();
    final FeedTokens tokens = new FeedTokens();
    final Follows follows = new Follows();
    final JoinLinks joinLinks = new JoinLinks();
    /** What the projection announced to participants' messages, in order. */
    final Fired<EventsChanged> eventsChanged = new Fired<>();
    private final List<Generations.Raised> uncommitted = new ArrayList<>();

    public Calendar(EntityManagerFactory jpa, TestClock clock) {
        this.jpa = jpa;
        this.clock = clock;
        set(generations, "raised", new Fired<Generations.Raised>(uncommitted::add));
        set(generations, "clock", clock);
        set(projection, "generations", generations);
        set(projection, "clock", clock);
        set(projection, "eventsChanged", eventsChanged);
        set(scopes, "clock", clock);
        set(feeds, "scopes", scopes);
        set(feeds, "generations", generations);
        set(feeds, "joinLinks", joinLinks);
        set(feeds, "tokens", tokens);
        set(feeds, "follows", follows);
        set(feeds, "clock", clock);
        feeds.capacity = 100_000;
        feeds.open();
        set(calendars, "scopes", scopes);
        set(calendars, "clock", clock);
        set(catchUp, "projection", projection);
        set(catchUp, "self", catchUp);
        set(meetings, "changed", new Fired<SeriesChanged>(projection::onSeries));
        set(meetings, "clock", clock);
        Fired<PersonalFeedChanged> personal = new Fired<>(projection::onPersonal);
        set(tokens, "changed", personal);
        set(tokens, "clock", clock);
        set(follows, "changed", personal);
        set(follows, "clock", clock);
    }

    public FeedTokens tokens() {
        return tokens;
    }

    /** One transaction, with every control on its entity manager. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = begin();
        try {
            T result = work.apply(em);
            commit(em);
            return result;
        } finally {
            end(em);
        }
    }

    /** A transaction begun, with every control on its entity manager; {@link #commit} and {@link #end} it. */
    EntityManager begin() {
        EntityManager em = jpa.createEntityManager();
        for (Object control : List.of(generations, projection, scopes, feeds, calendars, catchUp, meetings, tokens,
                follows, joinLinks)) {
            set(control, "em", em);
        }
        em.getTransaction().begin();
        return em;
    }

    void commit(EntityManager em) {
        em.getTransaction().commit();
        uncommitted.forEach(generations::onCommit);
    }

    void end(EntityManager em) {
        uncommitted.clear();
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    /** What the catalog's Offerings does after each change: flush, then announce inside the transaction. */
    public void announce(EntityManager em, String offeringId) {
        em.flush();
        projection.onOffering(new OfferingChanged(offeringId));
    }
}
