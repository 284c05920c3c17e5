package no.samkurs.calendar.feed.control;

import no.samkurs.calendar.Fixture;
import no.samkurs.calendar.personal.control.IssuedToken;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.time.Instant;
import java.util.UUID;
import no.samkurs.enrollment.booking.entity.Seat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading the calendar: whose events a county's, a region's, a provider's and a person's feed hold, the catalog's
 * filters, ETags that change exactly when they must, the cache of rendered events, and the views' occurrences.
 */
abstract class FeedQueryContract extends FeedContract {

    static final CalendarQuery VESTLAND = county("46");

    String sessionUid(String offeringId) {
        return uid(read(offeringId).sessions().get(0).id());
    }

    boolean shows(CalendarQuery query, String offeringId) {
        return !feed(query).events(sessionUid(offeringId)).isEmpty();
    }

    @Test
    void aCountysAndARegionsFeedHoldTheirCountiesAndTheNationalOfferings() {
        String vestland = offering("rvts-vest", course("I Vestland", "2026-10-20T13:00"), true);
        String national = offering("korus-oslo", elsewhere("Nasjonalt", Set.of(), Topic.TRAUMA, Kind.WEBINAR,
                "2026-10-21T09:00"), true);
        String oslo = offering("korus-oslo", elsewhere("I Oslo", Set.of("03"), Topic.TRAUMA, Kind.COURSE,
                "2026-10-22T09:00"), true);
        assertTrue(shows(VESTLAND, vestland));
        assertTrue(shows(VESTLAND, national));
        assertFalse(shows(VESTLAND, oslo));
        CalendarQuery region = query(CalendarQuery.Scope.REGION, "sf-vestland");
        assertTrue(shows(region, vestland) && shows(region, national) && !shows(region, oslo));
        CalendarQuery east = query(CalendarQuery.Scope.REGION, "sf-ostfold-buskerud-oslo-og-akershus");
        assertTrue(shows(east, oslo) && shows(east, national) && !shows(east, vestland));
        assertEquals("Samkurs – Vestland", feed(VESTLAND).biweekly().getNames().get(0).getValue());
        assertEquals("Samkurs – Statsforvaltaren i Vestland", calendar.calendars.name(CalendarQuery.Scope.REGION,
                "sf-vestland"));
    }

    @Test
    void aProvidersFeedHoldsWhatItLeadsAndWhatItCoHostsOnceItAccepted() {
        String own = offering("rkbu-vest", course("Eget", "2026-10-20T13:00"), true);
        String shared = offering("korus-oslo", elsewhere("Delt", Set.of("03"), Topic.TRAUMA, Kind.COURSE,
                "2026-10-22T09:00"), false);
        inTransaction(em -> {
            Offering offering = em.find(Offering.class, shared);
            offering.invite(em.find(Organisation.class, "rkbu-vest"), Actor.editorOf("korus-oslo"), clock.instant());
            calendar.announce(em, shared);
        });
        CalendarQuery provider = query(CalendarQuery.Scope.PROVIDER, "rkbu-vest");
        change(shared, o -> o.answer("rkbu-vest", true, Actor.editorOf("rkbu-vest"), clock.instant()));
        change(shared, o -> o.publish(Actor.editorOf("korus-oslo"), clock.instant()));
        assertTrue(shows(provider, own));
        assertTrue(shows(provider, shared));
        String declined = offering("korus-oslo", elsewhere("Takket nei", Set.of("03"), Topic.TRAUMA, Kind.COURSE,
                "2026-10-23T09:00"), false);
        inTransaction(em -> {
            Offering offering = em.find(Offering.class, declined);
            offering.invite(em.find(Organisation.class, "rkbu-vest"), Actor.editorOf("korus-oslo"), clock.instant());
            offering.answer("rkbu-vest", false, Actor.editorOf("rkbu-vest"), clock.instant());
            offering.publish(Actor.editorOf("korus-oslo"), clock.instant());
            calendar.announce(em, declined);
        });
        assertFalse(shows(provider, declined));
    }

    @Test
    void theCatalogsFiltersNarrowAFeed() {
        String trauma = offering("rvts-vest", course("Traumer", "2026-10-20T13:00"), true);
        String drugs = offering("rvts-vest", elsewhere("Rus", Set.of("46"), Topic.SUBSTANCE_USE, Kind.WEBINAR,
                "2026-10-21T13:00"), true);
        assertTrue(shows(withTopics(VESTLAND, Topic.TRAUMA), trauma));
        assertFalse(shows(withTopics(VESTLAND, Topic.TRAUMA), drugs));
        assertTrue(shows(withTopics(VESTLAND, Topic.TRAUMA, Topic.SUBSTANCE_USE), drugs));
        assertTrue(shows(withKinds(VESTLAND, Kind.WEBINAR), drugs));
        assertFalse(shows(withKinds(VESTLAND, Kind.WEBINAR), trauma));
        assertFalse(shows(window(VESTLAND, "2026-10-21", null), trauma), "the window starts on the 21st");
        assertTrue(shows(window(VESTLAND, null, "2026-10-21"), trauma));
        assertFalse(shows(window(VESTLAND, null, "2026-10-21"), drugs), "the window ends before the 21st");
    }

    @Test
    void anUnknownCountyRegionOrProviderIsNotFoundAndABadWindowIsInvalid() {
        for (CalendarQuery unknown : List.of(county("99"), query(CalendarQuery.Scope.REGION, "rvts-vest"),
                query(CalendarQuery.Scope.PROVIDER, "ingen-slik"))) {
            assertEquals(RuleViolation.Kind.NOT_FOUND, refusal(() -> calendar.inTransaction(
                    em -> calendar.feeds.freshness(unknown, BASE))), unknown.toString());
        }
        RuleViolation tooWide = assertThrows(RuleViolation.class, () -> calendar.inTransaction(
                em -> calendar.feeds.freshness(window(VESTLAND, "2026-09-01", "2029-01-01"), BASE)));
        assertEquals("to", tooWide.field());
        RuleViolation tooOld = assertThrows(RuleViolation.class, () -> calendar.inTransaction(
                em -> calendar.feeds.freshness(window(VESTLAND, "2020-01-01", null), BASE)));
        assertEquals("from", tooOld.field());
    }

    @Test
    void theETagChangesWithTheGenerationTheRequestAndTheDayAndNothingElse() {
        String id = offering("rvts-vest", course("Versjoner", "2026-10-20T13:00"), true);
        Freshness first = calendar.inTransaction(em -> calendar.feeds.freshness(VESTLAND, BASE));
        assertEquals(first, calendar.inTransaction(em -> calendar.feeds.freshness(VESTLAND, BASE)));
        assertNotEquals(first.etag(), calendar.inTransaction(em -> calendar.feeds.freshness(
                withTopics(VESTLAND, Topic.TRAUMA), BASE)).etag());
        assertNotEquals(first.etag(), calendar.inTransaction(em -> calendar.feeds.freshness(VESTLAND,
                "https://annen.example")).etag());

        Calendar otherInstance = new Calendar(jpa, clock);
        Freshness seenElsewhere = otherInstance.inTransaction(em -> otherInstance.feeds.freshness(VESTLAND, BASE));
        assertEquals(first.etag(), seenElsewhere.etag(), "the ETag is the same on every instance");
        clock.advance(Duration.ofMinutes(1));
        change(id, o -> o.cancel("Avlyst", RVTS, clock.instant()));
        Freshness changed = calendar.inTransaction(em -> calendar.feeds.freshness(VESTLAND, BASE));
        assertNotEquals(first.etag(), changed.etag(), "this instance knows at once after its commit");
        assertEquals(clock.instant(), changed.lastModified());
        assertTrue(changed.matches("W/" + changed.etag() + ", \"x\""));
        assertFalse(changed.matches(first.etag()));
        clock.advance(Duration.ofMillis(1001));
        assertEquals(changed.etag(), otherInstance.inTransaction(em -> otherInstance.feeds.freshness(VESTLAND, BASE))
                .etag(), "another instance reads the generation again after a second");

        clock.set(Fixture.oslo("2026-09-02T00:00:01"));
        Freshness tomorrow = calendar.inTransaction(em -> calendar.feeds.freshness(VESTLAND, BASE));
        assertNotEquals(changed.etag(), tomorrow.etag(), "the window and the cancelled events move at midnight");
        assertEquals(LocalDate.parse("2026-09-02").atStartOfDay(Fixture.OSLO).toInstant(), tomorrow.lastModified());
    }

    @Test
    void onlyChangedEventsAreRenderedAgain() {
        offering("rvts-vest", course("Fast", "2026-10-20T13:00", "2026-10-27T13:00"), true);
        String changing = offering("rvts-vest", course("Endres", "2026-10-21T13:00"), true);
        String text = feed(VESTLAND).text();
        int cached = calendar.feeds.cached();
        assertEquals(text, feed(VESTLAND).text());
        assertEquals(cached, calendar.feeds.cached(), "the second time everything comes from the cache");
        clock.advance(Duration.ofMinutes(1));
        change(changing, o -> o.cancel("Avlyst", RVTS, clock.instant()));
        Rendered after = feed(VESTLAND);
        assertEquals(cached + 1, calendar.feeds.cached(), "only the changed event is rendered again");
        assertTrue(after.text().contains("AVLYST: Endres"));
        assertEquals(text.split("BEGIN:VEVENT").length, after.text().split("BEGIN:VEVENT").length);
    }

    @Test
    void theViewsGetOccurrencesWithSeriesExpandedInAWindowOfAtMost92Days() {
        String course = offering("rvts-vest", course("Kurs i oktober", "2026-10-20T13:00", "2026-11-20T13:00"), true);
        String network = offering("rvts-vest", Fixture.network("Nettverk i oktober"), true);
        Series series = calendar.inTransaction(em -> calendar.meetings.create(network, Fixture.autumn(), RVTS));
        CalendarQuery october = window(VESTLAND, "2026-10-01", "2026-11-01");
        List<Occurrence> found = calendar.inTransaction(em -> calendar.calendars.occurrences(october,
                Reader.ANONYMOUS));
        List<Occurrence> mine = found.stream().filter(o -> o.offeringId().equals(course)
                || o.offeringId().equals(network)).toList();
        assertEquals(2, mine.size(), mine.toString());
        Occurrence meeting = mine.stream().filter(o -> o.seriesId() != null).findFirst().orElseThrow();
        assertEquals(series.id(), meeting.seriesId());
        assertEquals(LocalDate.parse("2026-10-20"), meeting.occurrenceDate());
        assertEquals(Fixture.oslo("2026-10-20T13:00"), meeting.startsAt());
        assertEquals("Nettverkssamling", meeting.sessionTitle());
        assertEquals(List.of("RVTS Vest"), meeting.hosts());
        assertEquals("course", mine.stream().filter(o -> o.seriesId() == null).findFirst().orElseThrow().kind());
        assertTrue(found.stream().map(Occurrence::startsAt).sorted().toList()
                .equals(found.stream().map(Occurrence::startsAt).toList()), "in start order");

        assertEquals("to", assertThrows(RuleViolation.class, () -> calendar.inTransaction(em -> calendar.calendars
                .occurrences(window(VESTLAND, "2026-10-01", "2027-01-02"), Reader.ANONYMOUS))).field());
        assertEquals(RuleViolation.Kind.NOT_FOUND, refusal(() -> calendar.inTransaction(em -> calendar.calendars
                .occurrences(county("99"), Reader.ANONYMOUS))));
        assertEquals(LocalDate.parse("2026-10-02"), calendar.calendars.to(window(VESTLAND, "2026-09-01", null)),
                "a month when no end is asked");
    }

    static no.samkurs.enrollment.booking.entity.Enrollment enrolled(String offeringId, Person person, Seat seat) {
        return new no.samkurs.enrollment.booking.entity.Enrollment(UUID.randomUUID().toString(), offeringId,
                new no.samkurs.enrollment.booking.entity.Arrival(offeringId, person.id(), "4601", "school", null,
                        person.id(), Instant.parse("2026-09-01T08:00:00Z"), 1), false, 1, seat,
                Instant.parse("2026-09-01T08:00:00Z"));
    }

    @Test
    void aPersonalFeedHoldsWhatThePersonFollowsIsEnrolledInAndWhatTheirOrganisationHostsWithJoinLinksForTheConfirmed() {
        String followed = offering("korus-oslo", elsewhere("Fulgt", Set.of("03"), Topic.TRAUMA, Kind.WEBINAR,
                "2026-10-22T09:00"), true);
        String other = offering("korus-oslo", elsewhere("Ikke fulgt", Set.of("03"), Topic.TRAUMA, Kind.WEBINAR,
                "2026-10-23T09:00"), true);
        String hosted = offering("rvts-vest", course("Vårt eget", "2026-10-24T09:00"), true);
        Person participant = calendar.inTransaction(em -> {
            Person p = new Person("deltaker-" + UUID.randomUUID() + "@example.no", "Deltaker",
                    Set.of(Role.PARTICIPANT), em.find(Municipality.class, "4601"), null);
            em.persist(p);
            return p;
        });
        Person editor = calendar.inTransaction(em -> {
            Person p = new Person("redaktor-" + UUID.randomUUID() + "@example.no", "Redaktør",
                    Set.of(Role.PROVIDER_EDITOR), null, em.find(Organisation.class, "rvts-vest"));
            em.persist(p);
            return p;
        });
        long before = generation();
        calendar.inTransaction(em -> {
            calendar.follows.follow(participant.id(), followed);
            return null;
        });
        assertTrue(generation() > before, "a follow changes the person's feed");
        IssuedToken token = calendar.inTransaction(em -> calendar.tokens.issue(participant.id()));
        String person = calendar.inTransaction(em -> calendar.feeds.personOf(token.token())).orElseThrow();
        Rendered mine = Rendered.of(new String(calendar.inTransaction(em -> calendar.feeds.renderPersonal(person,
                query(CalendarQuery.Scope.ALL, null), BASE)), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, mine.events(sessionUid(followed)).size());
        assertEquals(List.of(), mine.events(sessionUid(other)));
        assertEquals(List.of(), mine.events(sessionUid(hosted)));
        assertFalse(mine.text().contains("video.example.no"), "no join link for a follower");

        // Enrolled: a confirmed seat brings the offering and its join link; a place in line brings only the offering.
        String etagBefore = calendar.inTransaction(em -> calendar.feeds.personalFreshness(token.token(),
                query(CalendarQuery.Scope.ALL, null), BASE)).etag();
        long generationBefore = generation();
        calendar.inTransaction(em -> {
            em.persist(enrolled(other, participant, Seat.GENERAL));
            em.persist(enrolled(hosted, participant, null));
            return null;
        });
        assertEquals(generationBefore, generation(), "enrolling does not raise the shared generation");
        assertNotEquals(etagBefore, calendar.inTransaction(em -> calendar.feeds.personalFreshness(token.token(),
                query(CalendarQuery.Scope.ALL, null), BASE)).etag(), "but the person's feed has a new ETag");
        Rendered enrolled = Rendered.of(new String(calendar.inTransaction(em -> calendar.feeds.renderPersonal(person,
                query(CalendarQuery.Scope.ALL, null), BASE)), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Rendered.value(enrolled.events(sessionUid(other)).get(0), "DESCRIPTION").contains("video.example.no"),
                "a confirmed participant's feed carries the join link");
        assertFalse(Rendered.value(enrolled.events(sessionUid(hosted)).get(0), "DESCRIPTION").contains("video.example"),
                "the waitlisted get no join link");
        assertFalse(Rendered.value(enrolled.events(sessionUid(followed)).get(0), "DESCRIPTION").contains("video.example"));
        assertEquals("Samkurs – min kalender", mine.biweekly().getNames().get(0).getValue());

        Rendered editors = Rendered.of(new String(calendar.inTransaction(em -> calendar.feeds.renderPersonal(editor.id(),
                query(CalendarQuery.Scope.ALL, null), BASE)), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, editors.events(sessionUid(hosted)).size());
        assertEquals(List.of(), editors.events(sessionUid(followed)));

        calendar.inTransaction(em -> {
            calendar.tokens.revoke(participant.id());
            return null;
        });
        assertTrue(calendar.inTransaction(em -> calendar.feeds.personOf(token.token())).isEmpty());
        assertTrue(calendar.inTransaction(em -> calendar.feeds.personOf("ikke-et-token")).isEmpty());
    }
}
