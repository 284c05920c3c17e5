package no.samkurs.calendar.feed.control;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.samkurs.calendar.Fixture;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.platform.problem.Failures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static no.samkurs.calendar.Fixture.oslo;
import static no.samkurs.calendar.feed.control.Rendered.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events kept in step with offerings and series in their own transactions: stable UIDs, SEQUENCE from the
 * revision, LAST-MODIFIED from what is shown, removed and cancelled sessions kept as cancelled, the generation, and
 * the catch-up for offerings the projection never saw.
 */
abstract class ProjectionContract extends FeedContract {

    @Test
    void draftsHaveNoEventsAndPublishingGivesEverySessionOne() {
        long before = generation();
        String draft = offering("rvts-vest", course("Utkast", "2026-10-20T13:00"), false);
        assertEquals(List.of(), events(draft));
        String published = offering("rvts-vest", course("Publisert", "2026-10-20T13:00", "2026-10-27T13:00"), true);
        List<CalendarEvent> events = events(published);
        assertEquals(2, events.size());
        assertEquals(read(published).sessions().stream().map(s -> s.id() + "@samkurs.no").toList(),
                events.stream().map(CalendarEvent::uid).toList());
        assertTrue(events.stream().allMatch(e -> e.sequence() == 1 && !e.cancelled()));
        assertTrue(generation() > before, "known at once after the commit");
    }

    @Test
    void uidsStayAndSequenceFollowsTheRevisionWhenASessionMoves() {
        String id = offering("rvts-vest", course("Traumebevisst praksis", "2026-10-20T13:00", "2026-10-27T13:00"), true);
        Rendered before = feed(county("46"));
        Offering offering = read(id);
        String first = offering.sessions().get(0).id();
        String second = offering.sessions().get(1).id();
        Instant firstChanged = events(id).get(0).lastModified();
        clock.advance(Duration.ofMinutes(5));
        change(id, o -> o.update(Fixture.withSessions(course("Traumebevisst praksis"), List.of(
                new SessionDetails(first, oslo("2026-10-20T14:00"), oslo("2026-10-20T16:00"), null, null, null),
                new SessionDetails(second, oslo("2026-10-27T13:00"), oslo("2026-10-27T15:00"), null,
                        Fixture.JOIN_LINK, null))), RVTS, clock.instant()));
        Rendered after = feed(county("46"));
        assertEquals(2, read(id).revision());
        assertEquals("1", sequence(before.events(uid(first)).get(0)));
        assertEquals("2", sequence(after.events(uid(first)).get(0)));
        assertEquals("2", sequence(after.events(uid(second)).get(0)), "SEQUENCE is the offering's revision");
        assertEquals("20261020T140000", value(after.events(uid(first)).get(0), Property.DTSTART));
        List<CalendarEvent> events = events(id);
        assertNotEquals(firstChanged, events.get(0).lastModified());
        assertEquals(firstChanged, events.get(1).lastModified(), "the second session shows the same as before");
        assertEquals(List.of(new EventsChanged(id, 2, true, false, false)), afterPublishing(id));
    }

    @Test
    void aNewTitleMovesLastModifiedButNotSequence() {
        String id = offering("rvts-vest", course("Gammel tittel", "2026-10-20T13:00"), true);
        Instant created = events(id).get(0).lastModified();
        clock.advance(Duration.ofMinutes(5));
        change(id, o -> o.update(Fixture.retitled(Fixture.withSessions(course("x"), List.of(new SessionDetails(
                o.sessions().get(0).id(), o.sessions().get(0).startsAt(), o.sessions().get(0).endsAt(), null,
                Fixture.JOIN_LINK, null))), "Ny tittel"), RVTS, clock.instant()));
        CalendarEvent event = events(id).get(0);
        assertEquals(1, event.sequence());
        assertEquals(clock.instant(), event.lastModified());
        assertNotEquals(created, event.lastModified());
        VEvent shown = feed(county("46")).events(event.uid()).get(0);
        assertEquals("Ny tittel", value(shown, Property.SUMMARY));
        assertEquals(List.of(), afterPublishing(id), "text alone changes no one's calendar entry");
    }

    @Test
    void aNewJoinLinkIsAnnouncedThoughTheFeedsDoNotShowIt() {
        String id = offering("rvts-vest", course("Ny lenke", "2026-10-20T13:00"), true);
        change(id, o -> o.update(Fixture.withSessions(course("Ny lenke"), List.of(new SessionDetails(
                o.sessions().get(0).id(), o.sessions().get(0).startsAt(), o.sessions().get(0).endsAt(), null,
                "https://video.example.no/ny", null))), RVTS, clock.instant()));
        assertEquals(List.of(new EventsChanged(id, 2, true, false, false)), afterPublishing(id));
    }

    @Test
    void aRemovedSessionStaysCancelledWithAHigherSequenceUntilItIsPast() {
        String id = offering("rvts-vest", course("To økter", "2026-10-20T13:00", "2026-10-27T13:00"), true);
        Offering offering = read(id);
        String removed = offering.sessions().get(0).id();
        String kept = offering.sessions().get(1).id();
        change(id, o -> o.update(Fixture.withSessions(course("To økter"), List.of(new SessionDetails(kept,
                oslo("2026-10-27T13:00"), oslo("2026-10-27T15:00"), null, Fixture.JOIN_LINK, null))), RVTS,
                clock.instant()));
        Rendered feed = feed(county("46"));
        VEvent gone = feed.events(uid(removed)).get(0);
        assertEquals("CANCELLED", value(gone, Property.STATUS));
        assertEquals("2", sequence(gone));
        assertEquals("20261020T130000", value(gone, Property.DTSTART), "it keeps its time");
        assertEquals("CONFIRMED", value(feed.events(uid(kept)).get(0), Property.STATUS));
        assertEquals(List.of(new EventsChanged(id, 2, false, true, false)), afterPublishing(id),
                "withdrawn; the kept session's SEQUENCE rose with the revision, but nothing about it changed");
        assertEquals("CANCELLED", feed.biweekly().getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(uid(removed))).findFirst().orElseThrow()
                .getStatus().getValue());

        clock.set(oslo("2026-10-21T08:00"));
        Rendered later = feed(county("46"));
        assertEquals(List.of(), later.events(uid(removed)), "a cancelled event leaves once it is past");
        assertEquals(1, later.events(uid(kept)).size());
    }

    @Test
    void cancellingTheOfferingCancelsEveryEventAndItsSeriesAndSaysWhy() {
        String id = offering("rvts-vest", course("Avlyses", "2026-10-20T13:00", "2026-10-27T13:00"), true);
        Series series = calendar.inTransaction(em -> calendar.meetings.create(id, Fixture.autumn(), RVTS));
        change(id, o -> o.cancel("For få påmeldte", RVTS, clock.instant()));
        Rendered feed = feed(county("46"));
        List<CalendarEvent> events = events(id);
        assertEquals(3, events.size());
        for (CalendarEvent event : events) {
            assertTrue(event.cancelled(), event.uid());
            assertEquals(2, event.sequence(), event.uid());
            VEvent shown = feed.events(event.uid()).get(0);
            assertEquals("CANCELLED", value(shown, Property.STATUS));
            assertTrue(value(shown, Property.DESCRIPTION).contains("For få påmeldte"));
        }
        assertEquals(1, feed.events(seriesUid(series)).size(), "no meeting is changed on its own");
        List<EventsChanged> announced = afterPublishing(id);
        assertEquals(new EventsChanged(id, 1, true, false, false), announced.get(0), "the series came");
        assertEquals(new EventsChanged(id, 2, false, true, true), announced.get(1));
        assertEquals(2, announced.size());
    }

    @Test
    void aSeriesIsOneEventWhoseSequenceAddsTheSeriesRevisionToTheOfferings() {
        String id = offering("rvts-vest", Fixture.network("Læringsnettverk"), true);
        Series series = calendar.inTransaction(em -> calendar.meetings.create(id, Fixture.autumn(), RVTS));
        assertEquals(1, events(id).size());
        calendar.inTransaction(em -> calendar.meetings.changeOccurrence(series.id(), LocalDate.parse("2026-11-17"),
                false, oslo("2026-11-19T09:00"), oslo("2026-11-19T11:00"), RVTS));
        calendar.inTransaction(em -> calendar.meetings.changeOccurrence(series.id(), LocalDate.parse("2026-12-01"),
                true, null, null, RVTS));
        CalendarEvent event = events(id).get(0);
        assertEquals(seriesUid(series), event.uid());
        assertEquals(1 + 2, event.sequence());
        assertEquals(oslo("2026-09-08T13:00"), event.startsAt());
        assertEquals(oslo("2026-12-15T15:00"), event.endsAt());
        Rendered feed = feed(county("46"));
        List<VEvent> parts = feed.events(seriesUid(series));
        assertEquals(3, parts.size());
        assertTrue(parts.stream().allMatch(p -> "3".equals(sequence(p))));
        assertTrue(parts.stream().anyMatch(p -> "20261201T130000".equals(value(p, Property.RECURRENCE_ID))
                && "CANCELLED".equals(value(p, Property.STATUS))));
        assertEquals("20261006T130000", value(parts.stream().filter(p -> p.getProperty(Property.RECURRENCE_ID)
                .isEmpty()).findFirst().orElseThrow(), Property.EXDATE));

        calendar.inTransaction(em -> calendar.meetings.restoreOccurrence(series.id(), LocalDate.parse("2026-12-01"),
                RVTS));
        assertEquals(4, events(id).get(0).sequence());
        assertEquals(2, feed(county("46")).events(seriesUid(series)).size());
        assertEquals(List.of(new EventsChanged(id, 1, true, false, false), new EventsChanged(id, 2, true, false, false),
                new EventsChanged(id, 3, true, false, false), new EventsChanged(id, 4, true, false, false)),
                announced(id), "the series planned, a meeting moved, cancelled, restored");
    }

    /** What the projection announced about the offering, in order. */
    private List<EventsChanged> announced(String offeringId) {
        return calendar.eventsChanged.fired.stream().filter(e -> e.offeringId().equals(offeringId)).toList();
    }

    /** The same after the first, which announced the sessions published (nobody can be enrolled before). */
    private List<EventsChanged> afterPublishing(String offeringId) {
        List<EventsChanged> announced = announced(offeringId);
        assertEquals(new EventsChanged(offeringId, 1, true, false, false), announced.get(0));
        return announced.subList(1, announced.size());
    }

    @Test
    void theGenerationRisesOnlyWhenSomethingShownChanges() {
        String id = offering("rvts-vest", course("Uendret", "2026-10-20T13:00"), true);
        long before = generation();
        inTransaction(em -> {
            em.find(Offering.class, id).invite(em.find(Organisation.class, "korus-vest-bergen"), RVTS, clock.instant());
            calendar.announce(em, id);
        });
        assertEquals(before, generation(), "an invitation shows nowhere");
        change(id, o -> o.answer("korus-vest-bergen", true, Actor.editorOf("korus-vest-bergen"), clock.instant()));
        assertEquals(before + 1, generation(), "a new host is in DESCRIPTION");
        assertTrue(events(id).get(0).content().hosts().contains("KoRUS Vest Bergen"));
    }

    @Test
    void archivingChangesNothingTheFeedsShow() {
        String id = offering("rvts-vest", course("Snart over", "2026-09-02T09:00"), true);
        CalendarEvent before = events(id).get(0);
        long generation = generation();
        clock.set(oslo("2026-09-03T09:00"));
        change(id, o -> assertTrue(o.archiveIfEnded(clock.instant())));
        CalendarEvent after = events(id).get(0);
        assertEquals(before.lastModified(), after.lastModified());
        assertEquals(before.sequence(), after.sequence());
        assertEquals(generation, generation());
    }

    @Test
    void theCatchUpBuildsEventsForOfferingsThatAreMissingOrBehind() {
        String missed = calendar.inTransaction(em -> {
            Offering offering = new Offering(em.find(Organisation.class, "rvts-vest"),
                    course("Lagt inn bak ryggen", "2026-10-20T13:00"), clock.instant());
            offering.publish(RVTS, clock.instant());
            em.persist(offering);
            return offering.id();
        });
        String behind = offering("rvts-vest", course("Endret uten varsel", "2026-10-20T13:00"), true);
        inTransaction(em -> {
            Offering o = em.find(Offering.class, behind);
            o.update(Fixture.withSessions(course("x"), List.of(new SessionDetails(o.sessions().get(0).id(),
                    oslo("2026-10-20T15:00"), oslo("2026-10-20T17:00"), null, null, null))), RVTS, clock.instant());
        });
        List<String> found = calendar.inTransaction(em -> calendar.catchUp.behind());
        assertTrue(found.containsAll(List.of(missed, behind)), found.toString());
        calendar.inTransaction(em -> calendar.catchUp.run());
        assertEquals(1, events(missed).size());
        assertEquals(2, events(behind).get(0).sequence());
        assertEquals(oslo("2026-10-20T15:00"), events(behind).get(0).startsAt());
        List<String> after = calendar.inTransaction(em -> calendar.catchUp.behind());
        assertFalse(after.contains(missed) || after.contains(behind), after.toString());
    }

    @Test
    void anOfferingsAndASeriesChangeAtTheSameTimeDoNotSilentlyUndoEachOther() throws Exception {
        String id = offering("rvts-vest", Fixture.network("Samtidig"), true);
        Series series = calendar.inTransaction(em -> calendar.meetings.create(id, Fixture.autumn(), RVTS));
        Calendar other = new Calendar(jpa, clock);
        CompletableFuture<Throwable> meeting;
        EntityManager first = calendar.begin();
        try {
            first.find(Offering.class, id).update(Fixture.retitled(Fixture.network("x"), "Nytt navn"), RVTS,
                    clock.instant());
            calendar.announce(first, id);
            // The series' change reads the event as it was, then waits for the generation the first one holds.
            meeting = CompletableFuture.supplyAsync(() -> {
                EntityManager second = other.begin();
                try {
                    other.meetings.changeOccurrence(series.id(), LocalDate.parse("2026-12-01"), true, null, null,
                            RVTS);
                    other.commit(second);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                } finally {
                    other.end(second);
                }
            });
            Thread.sleep(700);
            calendar.commit(first);
        } finally {
            calendar.end(first);
        }
        Throwable failure = meeting.get(60, TimeUnit.SECONDS);
        assertTrue(failure instanceof OptimisticLockException, "the series' change saw the old title and must not "
                + "overwrite the new one: " + failure);
        assertEquals(409, Failures.toProblem(failure).status(), "the editor is asked to try again");
        assertEquals("Nytt navn", events(id).get(0).content().title());
        assertFalse(calendar.inTransaction(em -> calendar.meetings.require(series.id())).changes().stream()
                .anyMatch(c -> c.date().equals(LocalDate.parse("2026-12-01"))), "nothing of it was stored");
    }
}
