package no.samkurs.catalog.search.boundary;

import jakarta.json.Json;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a search answer. The hits are already JSON (rendered when their offering changed), so the answer is
 * assembled as text rather than parsed and written again: this is the hot path of the whole catalog.
 */
final class SearchJson {

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
            List<String> values = values(dimension, counts);
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                boolean selected = request.filters().getOrDefault(dimension, java.util.Set.of()).contains(value);
                json.append(i == 0 ? "" : ",").append("{\"value\":").append(quoted(value))
                        .append(",\"label\":").append(quoted(label(dimension, value, language, countyName, providerName)))
                        .append(",\"count\":").append(counts.getOrDefault(value, 0))
                        .append(",\"selected\":").append(selected).append('}');
            }
            json.append(']');
            first = false;
        }
        return json.append("}}").toString();
    }

    /** Fixed vocabularies list every value (zero counts included) in their own order; providers those with hits. */
    private static List<String> values(String dimension, Map<String, Integer> counts) {
        return switch (dimension) {
            case "topic" -> codes(Topic.values());
            case "targetGroup" -> codes(TargetGroup.values());
            case "kind" -> codes(Kind.values());
            case "delivery" -> codes(Delivery.values());
            default -> {
                List<String> present = new ArrayList<>(counts.keySet());
                if (dimension.equals("county")) {
                    present.sort(null);
                }
                yield present;
            }
        };
    }

    private static List<String> codes(Term[] terms) {
        return Arrays.stream(terms).map(Term::code).toList();
    }

    private static String label(String dimension, String value, Locale language, Function<String, String> countyName,
                                Function<String, String> providerName) {
        return switch (dimension) {
            case "topic" -> Term.parse(Topic.class, dimension, value).label(language);
            case "targetGroup" -> Term.parse(TargetGroup.class, dimension, value).label(language);
            case "kind" -> Term.parse(Kind.class, dimension, value).label(language);
            case "delivery" -> Term.parse(Delivery.class, dimension, value).label(language);
            case "county" -> countyName.apply(value);
            default -> providerName.apply(value);
        };
    }

    private static String quoted(String text) {
        return Json.createValue(text).toString();
    }
}
