package no.samkurs.web.enrollment;

import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.entity.Policy;
import no.samkurs.enrollment.booking.entity.PolicyDetails;
import no.samkurs.enrollment.roster.control.BulkRows;
import no.samkurs.platform.problem.Problem;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message the enrollment rules write is said in the reader's language: each rule of the policy and of bulk
 * enrollment is broken here, and its message must be one RuleWords knows. When the component's wording changes,
 * this fails, rather than English readers quietly getting bokmål.
 */
class RuleWordsTest {

    static final Instant NOW = Instant.parse("2027-01-10T10:00:00Z");
    static final Instant START = NOW.plus(30, ChronoUnit.DAYS);
    static final Texts ENGLISH = Texts.of(Locale.ENGLISH);
    static final Texts NYNORSK = Texts.of(Locale.forLanguageTag("nn"));

    static Problem.FieldError broken(PolicyDetails details, Integer capacity) {
        RuleViolation violation = assertThrows(RuleViolation.class,
                () -> new Policy("tilbud").change(details, capacity, START, NOW));
        return violation.toProblem().errors().get(0);
    }

    static PolicyDetails held(int seats, Instant until, Integer farKm, boolean unreached) {
        return new PolicyDetails(null, null, seats, until, farKm, unreached);
    }

    @Test
    void everyPolicyRuleIsSaidInEnglishAndNynorskAtItsControl() {
        Instant later = NOW.plus(10, ChronoUnit.DAYS);
        List<Problem.FieldError> errors = List.of(
                broken(new PolicyDetails(null, 0, 0, null, null, false), 20),
                broken(new PolicyDetails(START.plusSeconds(60), null, 0, null, null, false), 20),
                broken(held(-1, later, 150, false), 20),
                broken(held(2, later, 150, false), null),
                broken(held(25, later, 150, false), 20),
                broken(held(2, null, 150, false), 20),
                broken(held(2, NOW.minusSeconds(60), 150, false), 20),
                broken(held(2, START.plusSeconds(60), 150, false), 20),
                broken(held(2, later, null, false), 20),
                broken(held(2, later, 5, false), 20));
        for (Problem.FieldError error : errors) {
            assertTrue(RuleWords.known(error.field(), error.message()), error.toString());
            assertNotEquals(error.message(), RuleWords.text(error.field(), error.message(), ENGLISH));
            assertNotEquals(error.message(), RuleWords.text(error.field(), error.message(), NYNORSK));
            assertTrue(RuleWords.of(error.field(), error.message()).orElseThrow().control()
                    .startsWith(PolicyForm.FORM + ":"), error.toString());
        }
        assertEquals("You can hold at most 20 seats (the offering's capacity).",
                RuleWords.text("reservedSeats", errors.get(4).message(), ENGLISH));
        assertEquals("The distance must be between 10 and 2000 km.",
                RuleWords.text("farKm", errors.get(9).message(), ENGLISH));
        assertEquals(PolicyForm.FAR, RuleWords.of("farKm", errors.get(8).message()).orElseThrow().control(),
                "choosing whom for stands at the first choice");
        assertEquals(PolicyForm.FAR_KM, RuleWords.of("farKm", errors.get(9).message()).orElseThrow().control());
    }

    @Test
    void everyBulkRowErrorIsSaidInEnglish() {
        List<BulkRows.Line> lines = BulkRows.check(List.of(new BulkRows.Row(null, null),
                new BulkRows.Row("x".repeat(250) + "@a.no", null), new BulkRows.Row("ikke-en-adresse", null),
                new BulkRows.Row("kari@alta.no", "astrologi"), new BulkRows.Row("kari@alta.no", null)));
        List<Problem.FieldError> errors = new ArrayList<>();
        lines.forEach(line -> errors.addAll(line.errors()));
        Caller contact = new Caller("k", Set.of(Role.MUNICIPAL_CONTACT), "5601", null);
        Caller administrator = new Caller("a", Set.of(Role.ADMINISTRATOR), null, null);
        BulkRows.refusal(null, contact).ifPresent(errors::add);
        BulkRows.refusal(null, administrator).ifPresent(errors::add);
        BulkRows.refusal(new BulkRows.Candidate("p", true, null, Set.of(Role.PARTICIPANT)), administrator)
                .ifPresent(errors::add);
        BulkRows.refusal(new BulkRows.Candidate("p", true, "5601", Set.of(Role.PROVIDER_EDITOR)), contact)
                .ifPresent(errors::add);
        errors.add(assertThrows(RuleViolation.class, () -> BulkRows.check(List.of())).toProblem().errors().get(0));
        errors.add(assertThrows(RuleViolation.class, () -> BulkRows.check(Collections.nCopies(BulkRows.MAX_ROWS + 1,
                new BulkRows.Row("a@b.no", null)))).toProblem().errors().get(0));
        assertEquals(11, errors.size(), errors.toString());
        for (Problem.FieldError error : errors) {
            assertTrue(RuleWords.known(error.field(), error.message()), error.toString());
            assertNotEquals(error.message(), RuleWords.text(error.field(), error.message(), ENGLISH));
        }
        Problem.FieldError service = lines.get(3).errors().get(0);
        assertEquals("Unknown service \"astrologi\". Write one of these: Kindergarten, School, "
                        + "Educational-psychological service (PPT), Health station and school health service, "
                        + "Child welfare service, NAV, Municipal leadership, Mental health and substance-use services, "
                        + "Police and SLT.",
                RuleWords.text(service.field(), service.message(), ENGLISH));
    }

    @Test
    void aMessageNotKnownIsLeftAsWritten() {
        assertEquals("Noe helt nytt.", RuleWords.text("farKm", "Noe helt nytt.", ENGLISH));
        assertTrue(RuleWords.of("seatsPerMunicipality", "Avstanden må være mellom 10 og 20 km.").isEmpty(),
                "a message counts only for its own field");
    }
}
