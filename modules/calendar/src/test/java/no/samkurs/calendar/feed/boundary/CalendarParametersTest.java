package no.samkurs.calendar.feed.boundary;

import no.samkurs.calendar.feed.control.CalendarQuery;
import no.samkurs.calendar.feed.control.Calendars;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The feeds' and the API's query parameters: the catalog's codes, repeated or comma-separated, and days. */
class CalendarParametersTest {

    @Test
    void codesAreReadRepeatedOrCommaSeparatedAndDatesAsDays() {
        CalendarQuery query = new CalendarParameters("2026-09-01", "2026-10-01", List.of("trauma, mental-health"),
                List.of("school", "ppt"), List.of("webinar")).query(CalendarQuery.Scope.COUNTY, "46");
        assertEquals(Set.of(Topic.TRAUMA, Topic.MENTAL_HEALTH), query.topics());
        assertEquals(Set.of(TargetGroup.SCHOOL, TargetGroup.PPT), query.targetGroups());
        assertEquals(Set.of(Kind.WEBINAR), query.kinds());
        assertEquals(LocalDate.parse("2026-09-01"), query.from());
        assertEquals(Optional.of("calendar/county/46.ics?topic=mental-health,trauma&targetGroup=ppt,school"
                + "&kind=webinar"), Calendars.feedPath(query), "a subscription keeps the filters, not the window");
    }

    @Test
    void unknownCodesAndBadDatesAreRefusedNamingTheField() {
        RuleViolation topic = assertThrows(RuleViolation.class, () -> new CalendarParameters(null, null,
                List.of("trauma,astrologi"), null, null).query(CalendarQuery.Scope.ALL, null));
        assertEquals("topic", topic.field());
        assertEquals("to", assertThrows(RuleViolation.class, () -> new CalendarParameters("2026-09-01", "2026-09-01",
                null, null, null).query(CalendarQuery.Scope.ALL, null)).field());
        assertEquals("from", assertThrows(RuleViolation.class, () -> new CalendarParameters("i morgen", null,
                null, null, null).query(CalendarQuery.Scope.ALL, null)).field());
    }

    @Test
    void theWholeCountryHasNoFeed() {
        assertEquals(Optional.empty(), Calendars.feedPath(new CalendarParameters(null, null, null, null, null)
                .query(CalendarQuery.Scope.ALL, null)));
    }
}
