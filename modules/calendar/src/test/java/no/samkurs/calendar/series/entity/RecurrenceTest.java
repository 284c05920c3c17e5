package no.samkurs.calendar.series.entity;

import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static no.samkurs.calendar.Fixture.OSLO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recurrence rules as editors write them: parsed and expanded with ical4j, and refused when they are not bounded. */
class RecurrenceTest {

    static final LocalDate TUESDAY = LocalDate.parse("2026-09-08");

    @Test
    void everySecondTuesdayUntilMidDecember() {
        Recurrence rule = Recurrence.of("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261215", TUESDAY, OSLO);
        assertEquals(List.of("2026-09-08", "2026-09-22", "2026-10-06", "2026-10-20", "2026-11-03", "2026-11-17",
                "2026-12-01", "2026-12-15"), rule.dates().stream().map(LocalDate::toString).toList());
        assertEquals("FREQ=WEEKLY;UNTIL=20261215;INTERVAL=2;BYDAY=TU", rule.rule());
    }

    @Test
    void untilIsWrittenForFeedsAsTheUtcMomentOfTheLastStart() {
        Recurrence rule = Recurrence.of("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261215", TUESDAY, OSLO);
        assertEquals("FREQ=WEEKLY;UNTIL=20261215T120000Z;INTERVAL=2;BYDAY=TU", rule.forFeed(LocalTime.of(13, 0), OSLO));
        Recurrence counted = Recurrence.of("FREQ=WEEKLY;COUNT=3", TUESDAY, OSLO);
        assertEquals("FREQ=WEEKLY;COUNT=3", counted.forFeed(LocalTime.of(13, 0), OSLO));
    }

    @Test
    void aPrefixLowerCaseAndAUtcUntilAreAccepted() {
        Recurrence rule = Recurrence.of("RRULE:freq=weekly;interval=2;byday=tu;until=20261215T120000Z", TUESDAY,
                LocalTime.of(13, 0), OSLO);
        assertEquals("FREQ=WEEKLY;UNTIL=20261215;INTERVAL=2;BYDAY=TU", rule.rule(),
                "12:00 UTC is 13:00 in Oslo: the meeting on the 15th starts just then");
        assertEquals(8, rule.dates().size());
    }

    @Test
    void anUntilGivenAsAMomentKeepsTheLastMeetingThatStartsByThen() {
        String rule = "FREQ=DAILY;UNTIL=20261214T235959Z";
        assertEquals(LocalDate.parse("2026-12-14"), last(Recurrence.of(rule, TUESDAY, LocalTime.of(13, 0), OSLO)),
                "13:00 on the 15th in Oslo is after 23:59:59 UTC on the 14th");
        assertEquals(LocalDate.parse("2026-12-15"), last(Recurrence.of(rule, TUESDAY, LocalTime.of(0, 30), OSLO)),
                "00:30 on the 15th in Oslo is before it");
        assertEquals(LocalDate.parse("2026-12-15"), last(Recurrence.of("FREQ=DAILY;UNTIL=20261215", TUESDAY,
                LocalTime.of(13, 0), OSLO)), "a date includes that day's meeting");
    }

    private static LocalDate last(Recurrence rule) {
        return rule.dates().get(rule.dates().size() - 1);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "nonsense | rule",
            "FREQ=SOMETIMES;COUNT=3 | rule",
            "FREQ=WEEKLY;BYDAY=XX;COUNT=2 | rule",
            "FREQ=WEEKLY;UNTIL=2026 | rule",
            "FREQ=HOURLY;COUNT=3 | rule",
            "FREQ=MINUTELY;COUNT=3 | rule",
            "FREQ=DAILY;BYHOUR=9,13;COUNT=4 | rule",
            "FREQ=WEEKLY;BYDAY=TU | rule",
            "FREQ=WEEKLY;COUNT=0 | rule",
            "FREQ=WEEKLY;COUNT=3;UNTIL=20261215 | rule",
            "FREQ=WEEKLY;UNTIL=20260901 | rule",
            "FREQ=DAILY;COUNT=201 | rule",
            "FREQ=DAILY;UNTIL=20270801 | rule",
            "FREQ=MONTHLY;COUNT=30 | rule",
            "FREQ=YEARLY;UNTIL=20290101 | rule",
            "FREQ=WEEKLY;BYDAY=MO;COUNT=3 | firstDate",
    })
    void rulesThatAreMalformedUnboundedOrTooLongAreRefusedNamingTheField(String rule, String field) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Recurrence.of(rule, TUESDAY, OSLO));
        assertEquals(RuleViolation.Kind.INVALID, refused.kind());
        assertEquals(field, refused.field());
        assertTrue(refused.getMessage().length() > 20, "a message a person can act on: " + refused.getMessage());
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        assertEquals(Recurrence.MAX_OCCURRENCES,
                Recurrence.of("FREQ=DAILY;COUNT=200", TUESDAY, OSLO).dates().size());
        assertEquals(25, Recurrence.of("FREQ=MONTHLY;UNTIL=20280908", TUESDAY, OSLO).dates().size(),
                "two years to the day");
    }

    @Test
    void aMissingRuleOrFirstDateIsNamed() {
        assertEquals("rule", assertThrows(RuleViolation.class, () -> Recurrence.of(" ", TUESDAY, OSLO)).field());
        assertEquals("firstDate", assertThrows(RuleViolation.class,
                () -> Recurrence.of("FREQ=WEEKLY;COUNT=3", null, OSLO)).field());
    }
}
