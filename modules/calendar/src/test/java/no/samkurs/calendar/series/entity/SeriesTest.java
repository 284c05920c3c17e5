package no.samkurs.calendar.series.entity;

import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.offering.entity.Venue;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static no.samkurs.calendar.Fixture.KORUS_VEST;
import static no.samkurs.calendar.Fixture.RVTS_VEST;
import static no.samkurs.calendar.Fixture.autumn;
import static no.samkurs.calendar.Fixture.details;
import static no.samkurs.calendar.Fixture.network;
import static no.samkurs.calendar.Fixture.oslo;
import static no.samkurs.calendar.Fixture.withRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The series aggregate's rules: its meetings, single changes, who may change it, and its revision. */
class SeriesTest {

    static final Instant NOW = oslo("2026-08-20T10:00");
    static final Actor RVTS = Actor.editorOf("rvts-vest");
    static final Actor STRANGER = Actor.editorOf("korus-vest-bergen");
    static final LocalDate NOVEMBER_17 = LocalDate.parse("2026-11-17");
    static final LocalDate DECEMBER_1 = LocalDate.parse("2026-12-01");

    static Offering published() {
        Offering offering = new Offering(RVTS_VEST, network("Læringsnettverk rus"), NOW);
        offering.publish(RVTS, NOW);
        return offering;
    }

    static RuleViolation refused(Runnable change) {
        return assertThrows(RuleViolation.class, change::run);
    }

    @Test
    void theMeetingsSkipTheExcludedWeekAndKeepOneOClockLocalTimeAcrossTheEndOfSummerTime() {
        Series series = new Series(published(), autumn(), RVTS, NOW);
        List<SeriesOccurrence> meetings = series.occurrences();
        assertEquals(List.of("2026-09-08", "2026-09-22", "2026-10-20", "2026-11-03", "2026-11-17", "2026-12-01",
                "2026-12-15"), meetings.stream().map(m -> m.date().toString()).toList());
        SeriesOccurrence summer = meetings.get(2);
        SeriesOccurrence winter = meetings.get(3);
        assertEquals(Instant.parse("2026-10-20T11:00:00Z"), summer.startsAt(), "13:00 in summer time is 11:00 UTC");
        assertEquals(Instant.parse("2026-11-03T12:00:00Z"), winter.startsAt(), "13:00 in winter time is 12:00 UTC");
        assertEquals(Instant.parse("2026-11-03T14:00:00Z"), winter.endsAt());
        assertEquals(LocalTime.of(13, 0), winter.startsAt().atZone(Series.ZONE).toLocalTime());
        assertEquals(0, series.revision());
    }

    @Test
    void oneMeetingIsMovedAnotherCancelledAndRestoredAgain() {
        Offering offering = published();
        Series series = new Series(offering, autumn(), RVTS, NOW);
        series.changeOccurrence(offering, NOVEMBER_17, false, oslo("2026-11-19T09:00"), oslo("2026-11-19T11:00"),
                RVTS, NOW);
        series.changeOccurrence(offering, DECEMBER_1, true, null, null, RVTS, NOW);
        SeriesOccurrence moved = meeting(series, NOVEMBER_17);
        assertTrue(moved.moved());
        assertFalse(moved.cancelled());
        assertEquals(oslo("2026-11-19T09:00"), moved.startsAt());
        assertTrue(meeting(series, DECEMBER_1).cancelled(), "a cancelled meeting is kept, as cancelled");
        assertEquals(2, series.revision());

        series.restoreOccurrence(offering, DECEMBER_1, RVTS, NOW);
        assertFalse(meeting(series, DECEMBER_1).cancelled());
        assertEquals(3, series.revision());
        series.restoreOccurrence(offering, DECEMBER_1, RVTS, NOW);
        assertEquals(3, series.revision(), "restoring what is not changed changes nothing");
        assertEquals(1, series.changes().size());
    }

    @Test
    void onlyMeetingsOfTheRuleCanBeExcludedOrChanged() {
        Offering offering = published();
        Series series = new Series(offering, autumn(), RVTS, NOW);
        assertEquals("date", refused(() -> series.changeOccurrence(offering, LocalDate.parse("2026-09-09"), true,
                null, null, RVTS, NOW)).field());
        assertEquals("date", refused(() -> series.changeOccurrence(offering, LocalDate.parse("2026-10-06"), true,
                null, null, RVTS, NOW)).field(), "an excluded date is no meeting");
        SeriesDetails wrongDay = new SeriesDetails(null, LocalDate.parse("2026-09-08"), LocalTime.of(13, 0),
                LocalTime.of(15, 0), autumn().rule(), Set.of(LocalDate.parse("2026-10-07")), null, null);
        assertEquals("excludedDates", refused(() -> new Series(offering, wrongDay, RVTS, NOW)).field());
    }

    @Test
    void aMoveNeedsBothTimesAndEndsAfterItStarts() {
        Offering offering = published();
        Series series = new Series(offering, autumn(), RVTS, NOW);
        assertEquals("end", refused(() -> series.changeOccurrence(offering, NOVEMBER_17, false,
                oslo("2026-11-19T09:00"), null, RVTS, NOW)).field());
        assertEquals("end", refused(() -> series.changeOccurrence(offering, NOVEMBER_17, false,
                oslo("2026-11-19T09:00"), oslo("2026-11-19T09:00"), RVTS, NOW)).field());
        SeriesDetails backwards = new SeriesDetails(null, LocalDate.parse("2026-09-08"), LocalTime.of(15, 0),
                LocalTime.of(13, 0), autumn().rule(), Set.of(), null, null);
        assertEquals("end", refused(() -> new Series(offering, backwards, RVTS, NOW)).field());
    }

    @Test
    void aRefusedChangeLeavesTheSeriesAsItWas() {
        Offering offering = published();
        Series series = new Series(offering, autumn(), RVTS, NOW);
        String rule = series.rule();
        assertEquals("rule", refused(() -> series.update(offering, withRule(autumn(), "FREQ=HOURLY;COUNT=3"), RVTS,
                NOW)).field());
        assertEquals(rule, series.rule());
        assertEquals(Set.of(LocalDate.parse("2026-10-06")), series.excludedDates());
        assertEquals(7, series.occurrences().size());
    }

    @Test
    void onlyHostsEditorsAndAdministratorsChangeIt() {
        Offering offering = published();
        assertEquals(RuleViolation.Kind.FORBIDDEN, refused(() -> new Series(offering, autumn(), STRANGER, NOW)).kind());
        Series series = new Series(offering, autumn(), Actor.anAdministrator(), NOW);
        assertEquals(RuleViolation.Kind.FORBIDDEN, refused(() -> series.cancel(offering, STRANGER, NOW)).kind());
        offering.invite(KORUS_VEST, RVTS, NOW);
        offering.answer("korus-vest-bergen", true, STRANGER, NOW);
        series.changeOccurrence(offering, DECEMBER_1, true, null, null, STRANGER, NOW);
        assertTrue(meeting(series, DECEMBER_1).cancelled(), "a co-host that accepted edits too");
    }

    @Test
    void notForCancelledOrArchivedOfferingsNorForELearning() {
        Offering cancelled = published();
        Series series = new Series(cancelled, autumn(), RVTS, NOW);
        cancelled.cancel("For få påmeldte", RVTS, NOW);
        assertEquals(RuleViolation.Kind.CONFLICT, refused(() -> series.update(cancelled, autumn(), RVTS, NOW)).kind());
        assertEquals(RuleViolation.Kind.CONFLICT, refused(() -> new Series(cancelled, autumn(), RVTS, NOW)).kind());
        Offering elearning = new Offering(RVTS_VEST, details(Kind.E_LEARNING, Delivery.DIGITAL, "Selvstudium",
                Set.of(Topic.TRAUMA), Set.of("46"), null, List.of()), NOW);
        RuleViolation refused = refused(() -> new Series(elearning, autumn(), RVTS, NOW));
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
        assertTrue(refused.getMessage().contains("E-læring"));
    }

    @Test
    void aCancelledSeriesStaysWithEveryMeetingCancelledAndCannotBeChanged() {
        Offering offering = published();
        Series series = new Series(offering, autumn(), RVTS, NOW);
        series.cancel(offering, RVTS, NOW);
        assertTrue(series.cancelled());
        assertTrue(series.occurrences().stream().allMatch(SeriesOccurrence::cancelled));
        assertEquals(1, series.revision());
        assertEquals(RuleViolation.Kind.CONFLICT, refused(() -> series.restoreOccurrence(offering, DECEMBER_1, RVTS,
                NOW)).kind());
    }

    @Test
    void theRevisionRisesForWhatParticipantsRelyOnWhilePublished() {
        Offering draft = new Offering(RVTS_VEST, network("Utkast"), NOW);
        Series early = new Series(draft, autumn(), RVTS, NOW);
        early.update(draft, withRule(autumn(), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4"), RVTS, NOW);
        assertEquals(0, early.revision(), "nobody relies on a draft yet");

        Offering offering = published();
        Series series = new Series(offering, autumn(), RVTS, NOW);
        series.update(offering, new SeriesDetails("Ny tittel", autumn().firstDate(), autumn().startTime(),
                autumn().endTime(), autumn().rule(), autumn().excludedDates(), autumn().location(),
                autumn().joinUrl()), RVTS, NOW);
        assertEquals(0, series.revision(), "a title is no reason to tell calendars the meeting changed");
        series.update(offering, new SeriesDetails("Ny tittel", autumn().firstDate(), LocalTime.of(12, 30),
                autumn().endTime(), autumn().rule(), autumn().excludedDates(), autumn().location(),
                autumn().joinUrl()), RVTS, NOW);
        assertEquals(1, series.revision());
        series.update(offering, new SeriesDetails("Ny tittel", autumn().firstDate(), LocalTime.of(12, 30),
                autumn().endTime(), autumn().rule(), Set.of(), "Et annet sted", autumn().joinUrl()), RVTS, NOW);
        assertEquals(2, series.revision(), "exclusions and place");
    }

    @Test
    void changesOfMeetingsTheNewRuleNoLongerHasAreDropped() {
        Offering offering = published();
        Series series = new Series(offering, autumn(), RVTS, NOW);
        series.changeOccurrence(offering, DECEMBER_1, true, null, null, RVTS, NOW);
        series.changeOccurrence(offering, LocalDate.parse("2026-09-22"), true, null, null, RVTS, NOW);
        series.update(offering, withRule(autumn(), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261110"), RVTS, NOW);
        assertEquals(List.of(LocalDate.parse("2026-09-22")), series.changes().stream().map(OccurrenceChange::date)
                .toList());
    }

    @Test
    void aJoinLinkOnlyForOfferingsThatMeetOnline() {
        Offering inPerson = new Offering(RVTS_VEST, details(Kind.NETWORK, Delivery.IN_PERSON, "Fysisk nettverk",
                Set.of(Topic.TRAUMA), Set.of("46"), new Venue("Rådhuset", null, "4601"), List.of()), NOW);
        assertEquals("joinUrl", refused(() -> new Series(inPerson, autumn(), RVTS, NOW)).field());
    }

    @Test
    void theWindowGivesTheMeetingsThatOverlapIt() {
        Series series = new Series(published(), autumn(), RVTS, NOW);
        List<SeriesOccurrence> october = series.occurrences(LocalDate.parse("2026-10-01").atStartOfDay(Series.ZONE)
                .toInstant(), LocalDate.parse("2026-11-01").atStartOfDay(Series.ZONE).toInstant());
        assertEquals(List.of(LocalDate.parse("2026-10-20")), october.stream().map(SeriesOccurrence::date).toList());
        assertEquals(ZoneOffset.ofHours(2), october.get(0).startsAt().atZone(Series.ZONE).getOffset());
    }

    private static SeriesOccurrence meeting(Series series, LocalDate date) {
        return series.occurrences().stream().filter(o -> o.date().equals(date)).findFirst().orElseThrow();
    }
}
