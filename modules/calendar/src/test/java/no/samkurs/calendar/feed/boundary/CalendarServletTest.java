package no.samkurs.calendar.feed.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import no.samkurs.calendar.Fixture;
import no.samkurs.platform.testing.TestClock;
import no.samkurs.platform.testing.Wiring;
import no.samkurs.calendar.feed.control.Calendar;
import no.samkurs.platform.security.Forwarded;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feeds over HTTP: content type, validators and 304, problems for unknown scopes and bad parameters. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarServletTest {

    TestDatabase database;
    EntityManagerFactory jpa;
    Calendar calendar;
    final CalendarServlet servlet = new CalendarServlet();
    String sessionId;

    @BeforeAll
    void start() {
        database = TestDatabase.create(TestDatabase.Kind.H2).migrated();
        jpa = database.persistenceUnit("calendar-test");
        TestClock clock = new TestClock(Fixture.oslo("2026-09-01T10:00"));
        calendar = new Calendar(jpa, clock);
        sessionId = calendar.inTransaction(em -> {
            Offering offering = new Offering(em.find(Organisation.class, "rvts-vest"), Fixture.course("Over HTTP",
                    List.of(Fixture.session("2026-10-20T13:00", "2026-10-20T15:00"))), clock.instant());
            em.persist(offering);
            offering.publish(Actor.editorOf("rvts-vest"), clock.instant());
            calendar.announce(em, offering.id());
            return offering.sessions().get(0).id();
        });
        Addresses addresses = new Addresses();
        addresses.tls = Wiring.set(new Forwarded(), "trustForwardedProto", true);
        addresses.configured = Optional.empty();
        servlet.feeds = calendar.feeds;
        servlet.addresses = addresses;
    }

    @AfterAll
    void stop() {
        jpa.close();
        database.close();
    }

    Http get(Http http) {
        return calendar.inTransaction(em -> {
            try {
                servlet.doGet(http.request(), http.response());
                return http;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void aFeedIsTextCalendarInUtf8WithValidators() {
        Http answer = get(new Http("/county/46.ics"));
        assertEquals(200, answer.status);
        assertEquals("text/calendar; charset=utf-8", answer.contentType);
        assertNotNull(answer.headers.get("ETag"));
        assertNotNull(answer.headers.get("Last-Modified"));
        assertEquals("public, max-age=300", answer.headers.get("Cache-Control"));
        assertTrue(answer.headers.get("Server-Timing").startsWith("feed;dur="));
        assertEquals(String.valueOf(answer.body.size()), answer.headers.get("Content-Length"));
        assertTrue(answer.text().contains("UID:" + sessionId + "@samkurs.no"));
        assertTrue(answer.text().contains("URL:http://kalender.example:8080/tilbudet?id="), "the request's address");
    }

    @Test
    void aMatchingConditionalGetIsAnswered304WithoutABody() {
        Http first = get(new Http("/county/46.ics"));
        Http again = get(new Http("/county/46.ics").header("If-None-Match", first.headers.get("ETag")));
        assertEquals(304, again.status);
        assertEquals(0, again.body.size());
        assertEquals(first.headers.get("ETag"), again.headers.get("ETag"));
        Http since = get(new Http("/county/46.ics").header("If-Modified-Since", first.headers.get("Last-Modified")));
        assertEquals(304, since.status);
        Http other = get(new Http("/county/46.ics").header("If-None-Match", "\"noe-annet\"")
                .header("If-Modified-Since", first.headers.get("Last-Modified")));
        assertEquals(200, other.status, "If-None-Match wins over If-Modified-Since");
        Http filtered = get(new Http("/county/46.ics").parameter("topic", "trauma")
                .header("If-None-Match", first.headers.get("ETag")));
        assertEquals(200, filtered.status, "another filter is another feed");
    }

    @Test
    void behindAProxyOverTlsTheAddressesAreHttps() {
        Http answer = get(new Http("/region/sf-vestland.ics").header("X-Forwarded-Proto", "https"));
        assertEquals(200, answer.status);
        assertTrue(answer.text().contains("URL:https://kalender.example/tilbudet?id="), answer.text());
        assertTrue(answer.text().contains("NAME:Samkurs – Statsforvaltaren i Vestland"));
    }

    @Test
    void unknownScopesAreProblem404AndBadParametersProblem400NamingTheField() {
        for (String path : List.of("/county/99.ics", "/region/sf-ingensteds.ics", "/provider/ingen.ics",
                "/county/46", "/fylke/46.ics", "/county/../46.ics")) {
            Http answer = get(new Http(path));
            assertEquals(404, answer.status, path);
            assertEquals("application/problem+json; charset=utf-8", answer.contentType, path);
            assertEquals(404, problem(answer).getInt("status"));
        }
        Http kind = get(new Http("/county/46.ics").parameter("kind", "webinar,foredrag"));
        assertEquals(400, kind.status);
        assertEquals("kind", problem(kind).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem(kind).getJsonArray("allowedValues").toString().contains("webinar"));
        Http date = get(new Http("/county/46.ics").parameter("from", "01.09.2026"));
        assertEquals("from", problem(date).getJsonArray("errors").getJsonObject(0).getString("field"));
        Http wide = get(new Http("/county/46.ics").parameter("from", "2026-09-01").parameter("to", "2030-01-01"));
        assertEquals(400, wide.status);
        assertEquals("to", problem(wide).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anUnknownAndARevokedTokenGetTheSameAnswer() {
        String person = calendar.inTransaction(em -> {
            var p = new no.samkurs.directory.people.entity.Person("tokens@example.no", "Med token",
                    java.util.Set.of(no.samkurs.directory.people.entity.Role.PARTICIPANT),
                    em.find(no.samkurs.directory.region.entity.Municipality.class, "4601"), null);
            em.persist(p);
            return p.id();
        });
        String token = calendar.inTransaction(em -> calendar.tokens().issue(person).token());
        Http valid = get(new Http("/personal/" + token + ".ics"));
        assertEquals(200, valid.status);
        assertEquals("private, max-age=300", valid.headers.get("Cache-Control"));
        assertTrue(valid.text().contains("NAME:Samkurs – min kalender"));
        calendar.inTransaction(em -> {
            calendar.tokens().revoke(person);
            return null;
        });
        Http revoked = get(new Http("/personal/" + token + ".ics"));
        Http unknown = get(new Http("/personal/" + "A".repeat(43) + ".ics"));
        assertEquals(404, revoked.status);
        assertEquals(revoked.text(), unknown.text());
        assertFalse(revoked.text().contains(token));
    }

    private static JsonObject problem(Http answer) {
        return Json.createReader(new StringReader(answer.text())).readObject();
    }
}
