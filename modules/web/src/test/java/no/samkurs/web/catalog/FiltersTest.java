package no.samkurs.web.catalog;

import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiltersTest {

    private static final Map<String, String> COUNTIES = Map.of("56", "Finnmark", "18", "Nordland", "55", "Troms");

    private static List<Filter> filters(Map<String, List<String>> chosen, Map<String, Map<String, Integer>> counts,
                                        Locale reader) {
        SearchRequest request = SearchRequest.parse(null, chosen, null, null, false, false, null, null, 1, 20);
        return Filters.of(request, new SearchResult(3, List.of(), List.of(), List.of(), counts), reader,
                COUNTIES::get, id -> id.toUpperCase(Locale.ROOT));
    }

    private static Filter filter(List<Filter> filters, String dimension) {
        return filters.stream().filter(f -> f.dimension().equals(dimension)).findFirst().orElseThrow();
    }

    @Test
    void everyDimensionInTheSearchsOrder() {
        assertEquals(SearchRequest.DIMENSIONS, filters(Map.of(), Map.of(), Locale.forLanguageTag("nb")).stream()
                .map(Filter::dimension).toList());
    }

    @Test
    void aVocabularyKeepsItsOrderAndLeavesOutValuesThatWouldFindNothing() {
        Filter kinds = filter(filters(Map.of(), Map.of("kind", Map.of("webinar", 2, "course", 1, "network", 0)),
                Locale.forLanguageTag("nb")), "kind");
        assertEquals(List.of("Kurs (1)", "Webinar (2)"), kinds.choices().stream()
                .map(c -> c.label() + " (" + c.count() + ")").toList());
        assertEquals(0, kinds.chosen());
    }

    @Test
    void aChosenValueStaysEvenWithNoHitsAndOpensItsGroup() {
        Filter kinds = filter(filters(Map.of("kind", List.of("network")), Map.of("kind", Map.of("webinar", 2)),
                Locale.forLanguageTag("en")), "kind");
        assertEquals(List.of("Webinar", "Learning network"), kinds.choices().stream().map(Filter.Choice::label).toList());
        assertTrue(kinds.choices().get(1).checked());
        assertTrue(kinds.open());
    }

    @Test
    void countiesAreListedByName() {
        Filter counties = filter(filters(Map.of(), Map.of("county", Map.of("18", 1, "55", 2, "56", 3)),
                Locale.forLanguageTag("nb")), "county");
        assertEquals(List.of("Finnmark", "Nordland", "Troms"), counties.choices().stream()
                .map(Filter.Choice::label).toList());
        assertEquals("f-county-56", counties.choices().get(0).id());
    }

    @Test
    void anIdHoldsOnlyCharactersThatNeedNoEscaping() {
        assertEquals("f-provider-rvts-nord-x-y-", Filters.id("provider", "rvts-nord x\"y>"));
    }
}
