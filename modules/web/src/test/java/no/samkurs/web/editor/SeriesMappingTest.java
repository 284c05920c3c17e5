package no.samkurs.web.editor;

import no.samkurs.calendar.series.entity.Recurrence;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The series form as the calendar's input, and every error at the control of the page it belongs to. */
class SeriesMappingTest {

    static final Locale NB = Locale.forLanguageTag("nb");

    static SeriesForm form() {
        SeriesForm form = new SeriesForm();
        form.setFirstDate("08.09.2026");
        form.setStartTime("13.00");
        form.setEndTime("15:00");
        form.setRepetition(Repetition.EVERY_SECOND_WEEK.code());
        form.setUntil("2026-12-15");
        form.setExcluded("2026-10-05 – 2026-10-09\n17.11.2026");
        return form;
    }

    static SeriesMapping.Mapped map(SeriesForm form) {
        return SeriesMapping.map(form, TextsTest.in(NB), NB);
    }

    @Test
    void plainChoicesNorwegianDatesAndAPeriodBecomeTheCalendarsInput() {
        SeriesMapping.Mapped mapped = map(form());
        assertEquals(List.of(), mapped.errors());
        assertEquals("2026-09-08", mapped.input().firstDate());
        assertEquals("13:00", mapped.input().start(), "13.00 as Norwegians write it");
        assertEquals("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261215", mapped.input().rule());
        assertEquals(List.of("2026-10-06", "2026-11-17"), mapped.input().excludedDates(),
                "the autumn holiday week stands for its one meeting");
        assertEquals("2026-09-08", mapped.input().details().firstDate().toString());
    }

    @Test
    void aWeekdayOtherThanTheFirstDatesIsNamedAtTheWeekday() {
        SeriesForm form = form();
        form.setWeekday("3");
        SeriesMapping.Error error = map(form).errors().get(0);
        assertEquals("serieskjema:weekday", error.id());
        assertEquals("Første møte er en tirsdag, men du har valgt onsdag. Velg samme ukedag, eller en første dato "
                + "som passer.", error.message());
    }

    @Test
    void theExpertsOwnRuleIsPassedOnAndItsFaultsNamedAtTheRuleField() {
        SeriesForm form = form();
        form.setRepetition(Repetition.OWN_RULE.code());
        form.setRule("FREQ=AV OG TIL");
        form.setExcluded(null);
        SeriesMapping.Mapped mapped = map(form);
        assertEquals("FREQ=AV OG TIL", mapped.input().rule());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Recurrence.of(mapped.input().rule(),
                mapped.input().details().firstDate(), Series.ZONE));
        List<SeriesMapping.Error> shown = SeriesMapping.failure(refused, form, false, "apology");
        assertEquals("serieskjema:rule", shown.get(0).id());
        assertTrue(shown.get(0).calendar(), "the calendar's words, in bokmål");
        form.setRepetition(Repetition.WEEKLY.code());
        assertEquals("serieskjema:until", SeriesMapping.control("rule", form), "a plain choice's rule is its end");
    }

    @Test
    void aMissingLastDateAndAnUnreadableLineAreTheFormsOwnErrors() {
        SeriesForm form = form();
        form.setUntil("");
        form.setExcluded("høstferien");
        List<SeriesMapping.Error> errors = map(form).errors();
        assertEquals(List.of("serieskjema:until", "serieskjema:excluded"), errors.stream().map(SeriesMapping.Error::id)
                .toList());
        assertEquals("Forstår ikke «høstferien». Skriv én dato per linje, som 2026-10-06 eller 06.10.2026, eller en "
                + "periode, som 2026-09-28 – 2026-10-04.", errors.get(1).message());
        assertNull(map(form).input().rule());
    }
}
