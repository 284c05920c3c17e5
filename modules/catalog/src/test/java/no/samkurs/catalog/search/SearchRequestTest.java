package no.samkurs.catalog.search;

import jakarta.json.JsonObject;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad search input is refused with the field named and, for vocabularies, the allowed values. */
class SearchRequestTest {

    static SearchRequest parse(Map<String, List<String>> filters, String sort, int size) {
        return SearchRequest.parse(null, filters, null, null, false, false, null, sort, 1, size);
    }

    static JsonObject refusal(Runnable parse) {
        RuleViolation violation = assertThrows(RuleViolation.class, parse::run);
        assertEquals(RuleViolation.Kind.INVALID, violation.kind());
        return violation.toProblem().toJson(Locale.forLanguageTag("nb"));
    }

    @Test
    void unknownVocabularyValuesNameTheAllowedOnes() {
        JsonObject problem = refusal(() -> parse(Map.of("topic", List.of("trauma,astrologi")), null, 20));
        assertEquals(400, problem.getInt("status"));
        assertEquals("topic", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").contains("«astrologi»"));
        assertTrue(problem.getJsonArray("allowedValues").toString().contains("\"suicide-self-harm\""));
        refusal(() -> parse(Map.of("county", List.of("99")), null, 20).requireCounties(Set.of("55", "56")));
        refusal(() -> parse(Map.of(), "popularity", 20));
    }

    @Test
    void pageSizeIsCapped() {
        JsonObject problem = refusal(() -> parse(Map.of(), null, SearchRequest.MAX_SIZE + 1));
        assertEquals("size", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").contains("mellom 1 og 100"));
        assertEquals(100, parse(Map.of(), null, 100).size());
    }

    @Test
    void datesAreCheckedAndOrdered() {
        refusal(() -> SearchRequest.parse(null, Map.of(), "15.01.2027", null, false, false, null, null, 1, 20));
        refusal(() -> SearchRequest.parse(null, Map.of(), "2027-02-01", "2027-01-01", false, false, null, null, 1, 20));
    }

    @Test
    void valuesMayBeRepeatedOrCommaSeparatedAndTextDecidesTheDefaultOrder() {
        SearchRequest request = parse(Map.of("kind", List.of("webinar, course", "network")), null, 20);
        assertEquals(Set.of("webinar", "course", "network"), request.filters().get("kind"));
        assertEquals(SearchRequest.Order.DATE, request.order());
        assertEquals(SearchRequest.Order.RELEVANCE,
                SearchRequest.parse("traume", Map.of(), null, null, false, false, null, null, 1, 20).order());
    }
}
