package no.samkurs.enrollment.roster.control;

import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.platform.problem.Problem.FieldError;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulkRowsTest {

    static final Caller TROMSO_CONTACT = new Caller("c1", Set.of(Role.MUNICIPAL_CONTACT), "5501", null);
    static final Caller ADMINISTRATOR = new Caller("a1", Set.of(Role.ADMINISTRATOR), null, null);

    private static BulkRows.Line only(String email, String service) {
        return BulkRows.check(List.of(new BulkRows.Row(email, service))).get(0);
    }

    @Test
    void aGoodRowIsNormalised() {
        BulkRows.Line line = only("  Kari.Nordmann@Tromso.Kommune.NO ", " School ");
        assertTrue(line.valid());
        assertEquals(1, line.row());
        assertEquals("kari.nordmann@tromso.kommune.no", line.email());
        assertEquals("school", line.service());
    }

    @Test
    void theServiceMayBeLeftOut() {
        BulkRows.Line line = only("kari@example.no", " ");
        assertTrue(line.valid());
        assertNull(line.service());
    }

    @Test
    void badAddressesAreReportedOnTheirRow() {
        assertEquals(List.of(new FieldError("email", Person.EMAIL_NEEDED)), only(null, "school").errors());
        assertEquals(List.of(new FieldError("email", Person.EMAIL_INVALID)), only("kari.example.no", null).errors());
        assertEquals(List.of(new FieldError("email", Person.EMAIL_TOO_LONG)),
                only("k".repeat(250) + "@x.no", null).errors());
        assertEquals("kari.example.no", only("kari.example.no", null).email(), "the row says what was sent");
    }

    @Test
    void anUnknownServiceNamesTheAllowedCodes() {
        List<FieldError> errors = only("kari@example.no", "skole").errors();
        assertEquals(1, errors.size());
        assertEquals("service", errors.get(0).field());
        assertTrue(errors.get(0).message().contains("«skole»"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("school"), errors.get(0).message());
    }

    @Test
    void aRowWithBothProblemsGetsBoth() {
        assertEquals(List.of("email", "service"), only("x", "y").errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aPersonNamedTwiceIsEnrolledOnceAndTheRepeatIsInvalid() {
        List<BulkRows.Line> lines = BulkRows.check(List.of(new BulkRows.Row("kari@example.no", "school"),
                new BulkRows.Row("ola@example.no", null), new BulkRows.Row("KARI@example.no ", "nav")));
        assertTrue(lines.get(0).valid());
        assertTrue(lines.get(1).valid());
        assertEquals(List.of(new FieldError("email", "Samme e-postadresse står allerede på rad 1.")),
                lines.get(2).errors());
        assertEquals(List.of(1, 2, 3), lines.stream().map(BulkRows.Line::row).toList());
    }

    @Test
    void aMissingRowIsInvalidAndStopsNoOther() {
        List<BulkRows.Line> lines = BulkRows.check(Arrays.asList(null, new BulkRows.Row("ola@example.no", null)));
        assertFalse(lines.get(0).valid());
        assertTrue(lines.get(1).valid());
    }

    @Test
    void anEmptyOrOversizedUploadIsRefusedAsAWhole() {
        assertEquals(RuleViolation.Kind.INVALID, assertThrows(RuleViolation.class, () -> BulkRows.check(null)).kind());
        assertThrows(RuleViolation.class, () -> BulkRows.check(List.of()));
        List<BulkRows.Row> rows = new ArrayList<>();
        for (int i = 0; i < BulkRows.MAX_ROWS; i++) {
            rows.add(new BulkRows.Row("p" + i + "@example.no", null));
        }
        assertEquals(BulkRows.MAX_ROWS, BulkRows.check(rows).size());
        rows.add(new BulkRows.Row("one-more@example.no", null));
        RuleViolation tooMany = assertThrows(RuleViolation.class, () -> BulkRows.check(rows));
        assertEquals("Høyst 1000 rader per opplasting; del den opp.", tooMany.getMessage());
    }

    @Test
    void aContactEnrollsActiveParticipantsAndContactsOfTheirOwnMunicipality() {
        assertEquals(Optional.empty(), BulkRows.refusal(new BulkRows.Candidate("p", true, "5501",
                Set.of(Role.PARTICIPANT)), TROMSO_CONTACT));
        assertEquals(Optional.empty(), BulkRows.refusal(new BulkRows.Candidate("p", true, "5501",
                Set.of(Role.MUNICIPAL_CONTACT)), TROMSO_CONTACT));
    }

    @Test
    void unknownInactiveAndOtherMunicipalitiesLookAlikeToAContact() {
        FieldError notFound = new FieldError("email", BulkRows.NOT_FOUND);
        assertEquals(Optional.of(notFound), BulkRows.refusal(null, TROMSO_CONTACT));
        assertEquals(Optional.of(notFound), BulkRows.refusal(new BulkRows.Candidate("p", false, "5501",
                Set.of(Role.PARTICIPANT)), TROMSO_CONTACT));
        assertEquals(Optional.of(notFound), BulkRows.refusal(new BulkRows.Candidate("p", true, "5601",
                Set.of(Role.PARTICIPANT)), TROMSO_CONTACT));
        assertEquals(Optional.of(notFound), BulkRows.refusal(new BulkRows.Candidate("p", true, null,
                Set.of(Role.ADMINISTRATOR)), TROMSO_CONTACT));
    }

    @Test
    void onlyParticipantsAndContactsAreEnrolled() {
        assertEquals(Optional.of(new FieldError("email", BulkRows.WRONG_ROLE)), BulkRows.refusal(
                new BulkRows.Candidate("p", true, "5501", Set.of(Role.ADMINISTRATOR)), TROMSO_CONTACT));
    }

    @Test
    void anAdministratorEnrollsPeopleOfAnyMunicipality() {
        assertEquals(Optional.empty(), BulkRows.refusal(new BulkRows.Candidate("p", true, "5601",
                Set.of(Role.PARTICIPANT)), ADMINISTRATOR));
        assertEquals(Optional.of(new FieldError("email", BulkRows.NO_MUNICIPALITY)), BulkRows.refusal(
                new BulkRows.Candidate("p", true, null, Set.of(Role.PROVIDER_EDITOR)), ADMINISTRATOR));
        assertEquals(Optional.of(new FieldError("email", BulkRows.NOT_FOUND_ANYWHERE)),
                BulkRows.refusal(null, ADMINISTRATOR));
    }
}
