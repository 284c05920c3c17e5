package no.samkurs.calendar.feed.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.samkurs.calendar.Fixture;
import no.samkurs.platform.testing.TestClock;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static no.samkurs.calendar.feed.control.Rendered.value;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The calendar on a real database: the projection kept in step with offerings and series in their transactions,
 * the feeds and views read from it. Each database we run on has a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FeedContract {

    static final Instant START = Fixture.oslo("2026-09-01T10:00");
    static final Actor RVTS = Actor.editorOf("rvts-vest");
    static final String BASE = "https://samkurs.example";

    abstract TestDatabase.Kind kind();

    TestDatabase database;
    EntityManagerFactory jpa;
    TestClock clock;
    Calendar calendar;

    @BeforeAll
    void migrate() throws java.sql.SQLException {
        database = TestDatabase.create(kind()).migrated();
        jpa = database.persistenceUnit("calendar-test");
        // The migration stamps the generation with the real time; these tests live in the autumn of 2026.
        try (var connection = database.dataSource().getConnection();
             var update = connection.prepareStatement("UPDATE calendar_generation SET changed_at = ?")) {
            update.setTimestamp(1, java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
            update.executeUpdate();
        }
    }

    @AfterAll
    void drop() {
        jpa.close();
        database.close();
    }

    /** Every test on the same database, each with its own offerings and a fresh instance of the calendar. */
    @BeforeEach
    void freshInstance() {
        clock = new TestClock(START);
        calendar = new Calendar(jpa, clock);
    }

    void inTransaction(Consumer<EntityManager> work) {
        calendar.inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** A new offering, stored and announced as the catalog's Offerings would; published unless a draft is asked for. */
    String offering(String leadId, OfferingDetails details, boolean publish) {
        return calendar.inTransaction(em -> {
            Offering offering = new Offering(em.find(Organisation.class, leadId), details, clock.instant());
            em.persist(offering);
            calendar.announce(em, offering.id());
            if (publish) {
                offering.publish(Actor.editorOf(leadId), clock.instant());
                calendar.announce(em, offering.id());
            }
            return offering.id();
        });
    }

    /** Changes an offering and announces it, in one transaction. */
    void change(String offeringId, Consumer<Offering> change) {
        inTransaction(em -> {
            change.accept(em.find(Offering.class, offeringId));
            calendar.announce(em, offeringId);
        });
    }

    /** The generation this instance knows (from the database when its copy is over a second old). */
    long generation() {
        return calendar.inTransaction(em -> calendar.generations.current().generation());
    }

    Offering read(String offeringId) {
        EntityManager em = jpa.createEntityManager();
        try {
            Offering offering = em.find(Offering.class, offeringId);
            offering.sessions().size();
            return offering;
        } finally {
            em.close();
        }
    }

    List<CalendarEvent> events(String offeringId) {
        EntityManager em = jpa.createEntityManager();
        try {
            return em.createQuery("SELECT e FROM CalendarEvent e WHERE e.offeringId = :o ORDER BY e.startsAt",
                    CalendarEvent.class).setParameter("o", offeringId).getResultList();
        } finally {
            em.close();
        }
    }

    Rendered feed(CalendarQuery query) {
        return Rendered.of(new String(calendar.inTransaction(em -> calendar.feeds.render(query, BASE)),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    static CalendarQuery county(String number) {
        return query(CalendarQuery.Scope.COUNTY, number);
    }

    static CalendarQuery query(CalendarQuery.Scope scope, String id) {
        return new CalendarQuery(scope, id, null, null, Set.of(), Set.of(), Set.of());
    }

    static CalendarQuery withTopics(CalendarQuery q, Topic... topics) {
        return new CalendarQuery(q.scope(), q.scopeId(), q.from(), q.to(), EnumSet.copyOf(List.of(topics)),
                q.targetGroups(), q.kinds());
    }

    static CalendarQuery withKinds(CalendarQuery q, Kind... kinds) {
        return new CalendarQuery(q.scope(), q.scopeId(), q.from(), q.to(), q.topics(), q.targetGroups(),
                EnumSet.copyOf(List.of(kinds)));
    }

    static CalendarQuery window(CalendarQuery q, String from, String to) {
        return new CalendarQuery(q.scope(), q.scopeId(), from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), q.topics(), q.targetGroups(), q.kinds());
    }

    static OfferingDetails course(String title, String... starts) {
        return Fixture.course(title, sessions(starts));
    }

    static List<SessionDetails> sessions(String... starts) {
        return java.util.Arrays.stream(starts)
                .map(s -> Fixture.session(s, LocalDate.parse(s.substring(0, 10)) + "T" + hoursLater(s))).toList();
    }

    private static String hoursLater(String start) {
        int hour = Integer.parseInt(start.substring(11, 13)) + 2;
        return String.format("%02d%s", hour, start.substring(13));
    }

    static OfferingDetails elsewhere(String title, Set<String> counties, Topic topic, Kind kind, String... starts) {
        return Fixture.details(kind, Delivery.DIGITAL, title, Set.of(topic), counties, null, sessions(starts));
    }

    static String uid(String sessionId) {
        return CalendarEvent.sessionUid(sessionId);
    }

    static String seriesUid(Series series) {
        return CalendarEvent.seriesUid(series.id());
    }

    static String sequence(VEvent event) {
        return value(event, Property.SEQUENCE);
    }

    static RuleViolation.Kind refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).kind();
    }
}
