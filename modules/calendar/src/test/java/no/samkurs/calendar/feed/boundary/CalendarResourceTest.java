package no.samkurs.calendar.feed.boundary;

import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.calendar.Fixture;
import no.samkurs.platform.testing.TestClock;
import no.samkurs.platform.testing.Wiring;
import no.samkurs.calendar.feed.control.Calendar;
import no.samkurs.platform.security.Forwarded;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** GET /api/calendar: the occurrences for the views, the calendar's name and its feed in both forms. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarResourceTest {

    TestDatabase database;
    EntityManagerFactory jpa;
    Calendar calendar;
    final CalendarResource resource = new CalendarResource();
    String offeringId;

    @BeforeAll
    void start() {
        database = TestDatabase.create(TestDatabase.Kind.H2).migrated();
        jpa = database.persistenceUnit("calendar-test");
        TestClock clock = new TestClock(Fixture.oslo("2026-10-01T10:00"));
        calendar = new Calendar(jpa, clock);
        offeringId = calendar.inTransaction(em -> {
            Offering offering = new Offering(em.find(Organisation.class, "rvts-vest"), Fixture.course("I APIet",
                    List.of(Fixture.session("2026-10-20T13:00", "2026-10-20T15:00"))), clock.instant());
            em.persist(offering);
            offering.publish(Actor.editorOf("rvts-vest"), clock.instant());
            calendar.announce(em, offering.id());
            return offering.id();
        });
        Addresses addresses = new Addresses();
        Forwarded tls = Wiring.set(new Forwarded(), "trustForwardedProto", true);
        addresses.tls = tls;
        addresses.configured = Optional.empty();
        resource.calendars = calendar.calendars;
        resource.readers = new Readers();
        resource.addresses = addresses;
        resource.tls = tls;
        resource.request = new Http("/").header("X-Forwarded-Proto", "https").request();
        resource.security = (SecurityContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{SecurityContext.class}, (proxy, method, args) -> null);
    }

    @AfterAll
    void stop() {
        jpa.close();
        database.close();
    }

    @Test
    void aCountysMonthWithItsFeedInBothForms() {
        CalendarView view = calendar.inTransaction(em -> resource.calendar("46", null, null, null, null,
                List.of("trauma"), null, null));
        assertEquals("Samkurs – Vestland", view.name());
        assertEquals("2026-10-01", view.from());
        assertEquals("2026-11-01", view.to());
        assertEquals("https://kalender.example/calendar/county/46.ics?topic=trauma", view.feed().https());
        assertEquals("webcal://kalender.example/calendar/county/46.ics?topic=trauma", view.feed().webcal());
        CalendarView.OccurrenceView session = view.occurrences().stream()
                .filter(o -> o.offeringId().equals(offeringId)).findFirst().orElseThrow();
        assertEquals("2026-10-20T13:00:00+02:00", session.start());
        assertEquals("/tilbudet?id=" + offeringId, session.page());
    }

    @Test
    void theWholeCountryHasNoFeedAndOnlyOneScopeMayBeNamed() {
        assertNull(calendar.inTransaction(em -> resource.calendar(null, null, null, "2026-10-01", "2026-10-08", null,
                null, null)).feed());
        RuleViolation two = assertThrows(RuleViolation.class, () -> calendar.inTransaction(em -> resource.calendar(
                "46", "sf-vestland", null, null, null, null, null, null)));
        assertEquals(RuleViolation.Kind.INVALID, two.kind());
        assertEquals("to", assertThrows(RuleViolation.class, () -> calendar.inTransaction(em -> resource.calendar(
                "46", null, null, "2026-10-01", "2027-10-01", null, null, null))).field());
    }
}
