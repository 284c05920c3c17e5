package no.samkurs.web.enrollment;

import no.samkurs.enrollment.booking.entity.PolicyDetails;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyFormTest {

    static final Texts NB = Texts.of(Locale.forLanguageTag("nb"));
    static final Texts EN = Texts.of(Locale.ENGLISH);

    @Test
    void anEmptyFormIsNoRulesAndStartsFromTheUsualDistance() {
        PolicyForm form = PolicyForm.of(PolicyDetails.NONE);
        assertTrue(form.isFar());
        assertEquals("150", form.getFarKm());
        PolicyForm.Mapped mapped = form.map(NB);
        assertEquals(List.of(), mapped.errors());
        assertEquals(PolicyDetails.NONE, mapped.details());
    }

    @Test
    void datesAndTimesAreNorwegianTimeSummerAndWinter() {
        PolicyForm form = new PolicyForm();
        form.setDeadlineDate("2027-06-10");
        form.setDeadlineTime("12:00");
        form.setReserved("4");
        form.setReleaseDate("15.01.2027");
        form.setReleaseTime("09.30");
        form.setFarKm(" 200 ");
        form.setUnreached(true);
        form.setPerMunicipality("2");
        PolicyForm.Mapped mapped = form.map(NB);
        assertEquals(List.of(), mapped.errors());
        assertEquals(new PolicyDetails(Instant.parse("2027-06-10T10:00:00Z"), 2, 4,
                Instant.parse("2027-01-15T08:30:00Z"), 200, true), mapped.details());

        PolicyForm back = PolicyForm.of(mapped.details());
        assertEquals("2027-06-10", back.getDeadlineDate());
        assertEquals("12:00", back.getDeadlineTime());
        assertEquals("2027-01-15", back.getReleaseDate());
        assertEquals("09:30", back.getReleaseTime());
        assertEquals("200", back.getFarKm());
        assertTrue(back.isFar() && back.isUnreached());
    }

    @Test
    void withoutHeldSeatsTheirDateAndChoicesAreNotSent() {
        PolicyForm form = new PolicyForm();
        form.setReserved("0");
        form.setReleaseDate("ikke en dato");
        form.setUnreached(true);
        PolicyForm.Mapped mapped = form.map(NB);
        assertEquals(List.of(), mapped.errors());
        assertEquals(0, mapped.details().reservedSeats());
        assertNull(mapped.details().reservedUntil());
        assertNull(mapped.details().farKm());
        assertFalse(mapped.details().unreached());
    }

    @Test
    void whatCannotBeReadIsSaidAtItsControlInTheReadersLanguage() {
        PolicyForm form = new PolicyForm();
        form.setPerMunicipality("to");
        form.setDeadlineDate("2027-03-01");
        form.setReserved("3");
        form.setReleaseDate("2027-02-30");
        form.setReleaseTime("10:00");
        form.setFarKm("");
        List<PolicyForm.Error> errors = form.map(EN).errors();
        assertEquals(List.of(
                new PolicyForm.Error(PolicyForm.DEADLINE, "Write a time too, for example 12:00."),
                new PolicyForm.Error(PolicyForm.PER_MUNICIPALITY, "Write a whole number, for example 5."),
                new PolicyForm.Error(PolicyForm.RELEASE, "Write the date as dd.mm.yyyy, for example 15.03.2027."),
                new PolicyForm.Error(PolicyForm.FAR_KM, "Write how many km away the municipalities must be.")), errors);
        form.setFar(false);
        form.setFarKm("mange");
        assertFalse(form.map(NB).errors().stream().anyMatch(e -> e.control().equals(PolicyForm.FAR_KM)),
                "the distance is not read when it is not chosen");
    }

    @Test
    void aNegativeNumberIsLeftForTheRulesToRefuse() {
        PolicyForm form = new PolicyForm();
        form.setReserved("-2");
        PolicyForm.Mapped mapped = form.map(NB);
        assertEquals(List.of(), mapped.errors());
        assertEquals(-2, mapped.details().reservedSeats());
    }
}
