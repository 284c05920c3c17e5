package no.samkurs.catalog.search.control;

import java.util.List;
import java.util.Map;

/**
 * One page of hits (each already rendered as a JSON object), the total, and per filter the count of offerings for
 * each value, given all the other filters.
 */
public record SearchResult(long total, List<String> ids, List<String> items,
                           Map<String, Map<String, Integer>> facets) {
}
