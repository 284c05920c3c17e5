package no.samkurs.catalog.search.control;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total, and per filter the count of offerings for each value, given all the other filters.
 * Each hit comes twice, in the same order: already rendered as a JSON object ({@code items}, which the API splices
 * into its answer) and as the record ({@code hits}, for the pages).
 */
public record SearchResult(long total, List<String> ids, List<String> items, List<SearchItem> hits,
                           Map<String, Map<String, Integer>> facets) {
}
