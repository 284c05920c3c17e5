package no.samkurs.catalog.search.boundary;

import jakarta.json.spi.JsonProvider;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Writes a search answer. The hits are already JSON (rendered when their offering changed), so the answer is
 * assembled as text rather than parsed and written again: this is the hot path of the whole catalog.
 */
final class SearchJson {

    /** Found once: {@code Json.create…} looks the provider up on the class path on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Map<String, String> QUOTED = new ConcurrentHashMap<>();
    private static final Map<String, List<? extends Term>> VOCABULARIES = Map.of(
            "topic", List.of(Topic.values()), "targetGroup", List.of(TargetGroup.values()),
            "kind", List.of(Kind.values()), "delivery", List.of(Delivery.values()));

    private SearchJson() {
    }

    static String of(SearchRequest request, SearchResult result, Locale language, Function<String, String> countyName,
                     Function<String, String> providerName) {
        StringBuilder json = new StringBuilder(1024 + result.items().size() * 1024);
        json.append("{\"total\":").append(result.total())
                .append(",\"page\":").append(request.page())
                .append(",\"size\":").append(request.size())
                .append(",\"sort\":\"").append(request.order().name().toLowerCase(Locale.ROOT)).append('"')
                .append(",\"items\":[").append(String.join(",", result.items())).append("],\"facets\":{");
        boolean first = true;
        for (String dimension : SearchRequest.DIMENSIONS) {
            json.append(first ? "" : ",").append('"').append(dimension).append("\":[");
            Map<String, Integer> counts = result.facets().getOrDefault(dimension, Map.of());
            Set<String> chosen = request.filters().getOrDefault(dimension, Set.of());
            List<? extends Term> terms = VOCABULARIES.get(dimension);
            if (terms != null) {
                // A fixed vocabulary lists every value, zero counts included, in its own order.
                for (int i = 0; i < terms.size(); i++) {
                    Term term = terms.get(i);
                    facet(json, i, term.code(), term.label(language), counts, chosen);
                }
            } else {
                List<String> present = new ArrayList<>(counts.keySet());
                if (dimension.equals("county")) {
                    present.sort(null);
                }
                Function<String, String> name = dimension.equals("county") ? countyName : providerName;
                for (int i = 0; i < present.size(); i++) {
                    facet(json, i, present.get(i), name.apply(present.get(i)), counts, chosen);
                }
            }
            json.append(']');
            first = false;
        }
        return json.append("}}").toString();
    }

    private static void facet(StringBuilder json, int index, String value, String label, Map<String, Integer> counts,
                              Set<String> chosen) {
        json.append(index == 0 ? "" : ",").append("{\"value\":").append(quoted(value))
                .append(",\"label\":").append(quoted(label))
                .append(",\"count\":").append(counts.getOrDefault(value, 0))
                .append(",\"selected\":").append(chosen.contains(value)).append('}');
    }

    /** Facet values and labels come from small, fixed sets, so each is escaped once. */
    private static String quoted(String text) {
        String quoted = QUOTED.get(text);
        if (quoted == null) {
            quoted = JSON.createValue(text).toString();
            if (QUOTED.size() < 10_000) {
                QUOTED.put(text, quoted);
            }
        }
        return quoted;
    }
}
