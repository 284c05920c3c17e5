package no.samkurs.web.editor;

import no.samkurs.catalog.offering.boundary.OfferingInput;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormInputTest {

    static final ResourceBundle NB = ResourceBundle.getBundle(EditorTexts.BUNDLE, Locale.forLanguageTag("nb"));
    static final ResourceBundle EN = ResourceBundle.getBundle(EditorTexts.BUNDLE, Locale.forLanguageTag("en"));

    static OfferingForm filled() {
        OfferingForm form = OfferingForm.empty();
        form.setTitle("  Traumebevisst praksis ");
        form.setSummary("Et kurs.");
        form.setTopics(List.of("trauma"));
        form.setTargetGroups(List.of("school", "kindergarten"));
        form.setCounties(List.of("55", "56"));
        SessionRow first = form.getSessions().get(0);
        first.setStartDate("2027-02-03");
        first.setStartTime("09:00");
        first.setEndDate("2027-02-03");
        first.setEndTime("11:30");
        return form;
    }

    @Test
    void aFilledFormBecomesTheCatalogsInputInOsloTime() {
        FormInput.Mapped mapped = FormInput.map(filled(), null, NB);
        assertEquals(List.of(), mapped.errors());
        OfferingInput input = mapped.input();
        assertEquals("Traumebevisst praksis", input.title());
        assertEquals("2027-02-03T09:00", input.sessions().get(0).start());
        OfferingDetails details = input.details();
        assertEquals(Instant.parse("2027-02-03T08:00:00Z"), details.sessions().get(0).startsAt(), "CET is UTC+1");
        assertEquals(0, details.priceNok());
        assertNull(details.capacity());
        assertNull(details.contact());
        assertNull(details.venue());
    }

    @Test
    void rowsLeftEmptyAreNoSessionsOrLinksAndErrorsNameTheFormsRow() {
        OfferingForm form = filled();
        form.getSessions().add(0, new SessionRow());
        form.addSession();
        SessionRow third = form.getSessions().get(2);
        third.setStartDate("2027-03-01");
        third.setStartTime("10.00");
        form.addLink();
        FormInput.Mapped mapped = FormInput.map(form, 4L, NB);
        assertEquals(2, mapped.input().sessions().size());
        assertEquals(List.of(), mapped.input().links());
        assertEquals(List.of(new FormInput.FieldError("sessions[2].end", NB.getString("error.dateTimeMissing"))),
                mapped.errors());
        assertEquals("sessions[2].end", mapped.rowPath("sessions[1].end"), "input position 1 is form row 2");
        assertEquals("sessions[1].start", mapped.rowPath("sessions[0].start"));
        assertEquals("title", mapped.rowPath("title"));
        assertEquals(4L, mapped.input().version());
    }

    @Test
    void aDateWithoutATimeAndLettersInANumberAreSaidInTheReadersLanguage() {
        OfferingForm form = filled();
        form.setOpensDate("2027-01-10");
        form.setCapacity("tjue");
        form.setPrice("1 500");
        FormInput.Mapped mapped = FormInput.map(form, null, EN);
        assertEquals(List.of(new FormInput.FieldError("capacity", EN.getString("error.number")),
                new FormInput.FieldError("enrollmentOpens", EN.getString("error.dateTimeIncomplete"))),
                mapped.errors().stream().sorted((a, b) -> a.field().compareTo(b.field())).toList());
        assertEquals(1500, mapped.input().priceNok());
    }

    @Test
    void norwegianDatesAndTimesAreReadWhereABrowserHasNoDateInput() {
        assertEquals(LocalDate.of(2027, 2, 3), FormInput.date("3.2.2027"));
        assertEquals(LocalDate.of(2027, 2, 3), FormInput.date("2027-02-03"));
        assertNull(FormInput.date("31.02.2027"));
        assertNull(FormInput.date("i morgen"));
        assertEquals(LocalTime.of(9, 5), FormInput.time("9.05"));
        assertEquals(LocalTime.of(13, 0), FormInput.time("13:00:00"));
        assertNull(FormInput.time("25:00"));
    }

    @Test
    void theCatalogStillDecidesWhatTheFormCannotSee() {
        OfferingForm form = filled();
        SessionRow first = form.getSessions().get(0);
        first.setEndTime("08:00");
        FormInput.Mapped mapped = FormInput.map(form, null, NB);
        assertEquals(List.of(), mapped.errors(), "the form knows nothing of the order of times");
        Organisation lead = new Organisation("rvts-nord", OrganisationType.RVTS, "RVTS Nord", null);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> new Offering(lead, mapped.input().details(), Instant.now()));
        assertEquals("sessions[0].end", mapped.rowPath(refused.field()));
        assertEquals("tilbud:okter:0:endDate", FieldIds.of(mapped.rowPath(refused.field())));
    }

    @Test
    void aStoredOfferingComesBackAsTheFormItWasMadeFrom() {
        Organisation lead = new Organisation("rvts-nord", OrganisationType.RVTS, "RVTS Nord", null);
        OfferingForm written = filled();
        written.setOpensDate("2027-01-05");
        written.setOpensTime("08:15");
        written.setCapacity("40");
        Offering stored = new Offering(lead, FormInput.map(written, null, NB).input().details(), Instant.now());

        OfferingForm read = StoredForm.of(stored);

        for (FormField field : FormField.values()) {
            if (field != FormField.SESSIONS) {
                assertTrue(field.same(written, read), field + ": " + field.get(written) + " / " + field.get(read));
            }
        }
        SessionRow session = read.getSessions().get(0);
        assertEquals(List.of("2027-02-03", "09:00", "2027-02-03", "11:30"),
                List.of(session.getStartDate(), session.getStartTime(), session.getEndDate(), session.getEndTime()));
        assertEquals(stored.sessions().get(0).id(), session.getId(), "the session keeps its identity");
    }

    @Test
    void aNationalOfferingSendsNoCounties() {
        OfferingForm form = filled();
        form.setNational(true);
        assertEquals(List.of(), FormInput.map(form, null, NB).input().counties());
    }
}
