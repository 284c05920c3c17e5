package no.samkurs.catalog.search.boundary;

import no.samkurs.catalog.search.control.SearchRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters the search, the feed and the search page share, as sent; {@link SearchRequest} checks them.
 */
public record SearchParameters(String q, List<String> topic, List<String> targetGroup, List<String> county,
                        List<String> kind, List<String> delivery, List<String> provider, String from, String to,
                        boolean open, boolean hasSeats, List<String> status, String sort, int page) {

    public SearchRequest request(int size) {
        Map<String, List<String>> filters = new HashMap<>();
        filters.put("topic", topic);
        filters.put("targetGroup", targetGroup);
        filters.put("county", county);
        filters.put("kind", kind);
        filters.put("delivery", delivery);
        filters.put("provider", provider);
        filters.values().removeIf(v -> v == null);
        return SearchRequest.parse(q, filters, from, to, open, hasSeats, status, sort, page, size);
    }
}
