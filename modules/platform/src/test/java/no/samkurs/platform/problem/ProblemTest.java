package no.samkurs.platform.problem;

import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemTest {

    @Test
    void titleFollowsTheCallersLanguageWithBokmalFirst() {
        assertEquals("Fant ikke det du ba om", Problem.of(404).toJson(CallerLanguage.BOKMAL).getString("title"));
        assertEquals("Fann ikkje det du bad om", Problem.of(404).toJson(CallerLanguage.NYNORSK).getString("title"));
        assertEquals("Not found", Problem.of(404).toJson(Locale.ENGLISH).getString("title"));
        assertEquals(CallerLanguage.BOKMAL, CallerLanguage.of(List.of(Locale.GERMAN, Locale.forLanguageTag("no"))));
        assertEquals(Locale.ENGLISH, CallerLanguage.of(List.of(Locale.forLanguageTag("en-GB"))));
        assertEquals(CallerLanguage.BOKMAL, CallerLanguage.of(List.of()));
    }

    @Test
    void unknownStatusesFallBackToTheirClassTitle() {
        assertEquals("Ugyldig forespørsel", Problem.of(418).toJson(CallerLanguage.BOKMAL).getString("title"));
        assertEquals("Noe gikk galt hos oss", Problem.of(507).toJson(CallerLanguage.BOKMAL).getString("title"));
    }

    @Test
    void vocabularyViolationNamesTheFieldAndTheAllowedValues() {
        JsonObject json = RuleViolation.notAllowed("type", "kurs", List.of("korus", "rvts"))
                .toProblem().toJson(CallerLanguage.BOKMAL);
        assertEquals(400, json.getInt("status"));
        assertEquals("type", json.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(List.of("korus", "rvts"), json.getJsonArray("allowedValues").getValuesAs(
                jakarta.json.JsonString::getString));
        assertTrue(json.getString("detail").contains("«kurs»"));
    }

    @Test
    void theCauseDecidesTheStatusEvenWhenWrapped() {
        assertEquals(404, Failures.toProblem(new RuntimeException(RuleViolation.notFound("borte"))).status());
        assertEquals(409, Failures.toProblem(new IllegalStateException(new OptimisticLockException())).status());
        assertEquals(503, Failures.toProblem(new RuntimeException(
                new SQLNonTransientConnectionException("Could not create connection"))).status());
        assertEquals(503, Failures.toProblem(new RuntimeException(new ConnectException("refused"))).status());
        assertEquals(503, Failures.toProblem(new RuntimeException(
                new java.sql.SQLException("Error in allocating a connection. Cause: Connection could not be allocated"))).status());
        assertEquals(400, Failures.toProblem(new jakarta.json.bind.JsonbException("bad")).status());
    }

    @Test
    void unexpectedFailuresGiveAnIncidentIdAndNoInternals() {
        JsonObject json = Failures.toProblem(new NullPointerException("secret.internal.Thing"))
                .toJson(CallerLanguage.BOKMAL);
        assertEquals(500, json.getInt("status"));
        assertTrue(json.getString("detail").contains(json.getString("incident")));
        assertFalse(json.toString().contains("secret.internal"));
        assertFalse(json.toString().contains("NullPointerException"));
    }
}
