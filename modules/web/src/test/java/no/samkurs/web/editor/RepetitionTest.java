package no.samkurs.web.editor;

import no.samkurs.calendar.series.entity.Recurrence;
import no.samkurs.calendar.series.entity.Series;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain choices as rules, checked by the calendar's own expansion, and stored rules read back as choices. */
class RepetitionTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 9, 8);
    static final LocalDate UNTIL = LocalDate.of(2026, 12, 15);

    @Test
    void everySecondTuesdayUntilADate() {
        String rule = Repetition.EVERY_SECOND_WEEK.rule(TUESDAY, UNTIL);
        assertEquals("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261215", rule);
        List<LocalDate> dates = Recurrence.of(rule, TUESDAY, Series.ZONE).dates();
        assertEquals(List.of(TUESDAY, LocalDate.of(2026, 9, 22), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 20),
                LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 15)), dates);
    }

    @Test
    void everyWeekAndEveryFourthWeek() {
        assertEquals("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215", Repetition.WEEKLY.rule(TUESDAY, UNTIL));
        assertEquals(15, Recurrence.of(Repetition.WEEKLY.rule(TUESDAY, UNTIL), TUESDAY, Series.ZONE).dates().size());
        assertEquals("FREQ=WEEKLY;INTERVAL=4;BYDAY=TU;UNTIL=20261215", Repetition.EVERY_FOURTH_WEEK.rule(TUESDAY, UNTIL));
    }

    @Test
    void everyMonthOnTheSameWeekdayOfTheSameWeek() {
        String rule = Repetition.MONTHLY.rule(TUESDAY, UNTIL);
        assertEquals("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261215", rule, "8 September 2026 is the second Tuesday");
        assertEquals(List.of(TUESDAY, LocalDate.of(2026, 10, 13), LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 12, 8)), Recurrence.of(rule, TUESDAY, Series.ZONE).dates());
        LocalDate fifth = LocalDate.of(2026, 9, 29);
        assertEquals("FREQ=MONTHLY;BYDAY=-1TU;UNTIL=20261215", Repetition.MONTHLY.rule(fifth, UNTIL),
                "a fifth Tuesday, which most months lack, is the last");
        assertEquals(LocalDate.of(2026, 10, 27), Recurrence.of(Repetition.MONTHLY.rule(fifth, UNTIL), fifth,
                Series.ZONE).dates().get(1));
    }

    @Test
    void storedPlainRulesAreReadBackAsTheirChoices() {
        for (Repetition repetition : List.of(Repetition.WEEKLY, Repetition.EVERY_SECOND_WEEK,
                Repetition.EVERY_FOURTH_WEEK, Repetition.MONTHLY)) {
            String stored = Recurrence.of(repetition.rule(TUESDAY, UNTIL), TUESDAY, Series.ZONE).rule();
            assertEquals(new Repetition.Choice(repetition, DayOfWeek.TUESDAY, UNTIL),
                    Repetition.read(stored, TUESDAY).orElseThrow(), stored);
        }
    }

    @Test
    void anyOtherRuleStaysTheExpertsOwn() {
        for (String rule : List.of("FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;UNTIL=20261215",
                "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261215", "FREQ=WEEKLY;BYDAY=TU;COUNT=5",
                "FREQ=DAILY;UNTIL=20261215", "FREQ=MONTHLY;BYDAY=3TU;UNTIL=20261215",
                "FREQ=WEEKLY;BYDAY=WE;UNTIL=20261215", "FREQ=WEEKLY;BYDAY=TU;BYMONTH=9;UNTIL=20261215")) {
            assertTrue(Repetition.read(rule, TUESDAY).isEmpty(), rule);
        }
    }
}
