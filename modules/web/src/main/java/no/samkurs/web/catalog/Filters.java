package no.samkurs.web.catalog;

import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The filters of a search with their counts, labelled in the reader's language. A value is listed when it would
 * find something or is chosen: a check box that can only give "no hits" is noise, above all on a phone.
 */
final class Filters {

    private static final Map<String, List<? extends Term>> VOCABULARIES = Map.of(
            "topic", List.of(Topic.values()), "targetGroup", List.of(TargetGroup.values()),
            "kind", List.of(Kind.values()), "delivery", List.of(Delivery.values()));

    private Filters() {
    }

    static List<Filter> of(SearchRequest request, SearchResult result, Locale reader,
                           Function<String, String> countyName, Function<String, String> providerName) {
        List<Filter> filters = new ArrayList<>();
        for (String dimension : SearchRequest.DIMENSIONS) {
            Map<String, Integer> counts = result.facets().getOrDefault(dimension, Map.of());
            Set<String> chosen = request.filters().getOrDefault(dimension, Set.of());
            List<Filter.Choice> choices = new ArrayList<>();
            List<? extends Term> terms = VOCABULARIES.get(dimension);
            if (terms != null) {
                // A fixed vocabulary keeps its own order, which readers learn.
                terms.forEach(t -> add(choices, dimension, t.code(), t.label(reader), counts, chosen));
            } else {
                Function<String, String> name = dimension.equals("county") ? countyName : providerName;
                List<String> values = new ArrayList<>(counts.keySet());
                chosen.stream().filter(v -> !values.contains(v)).forEach(values::add);
                values.forEach(v -> add(choices, dimension, v, name.apply(v), counts, chosen));
                // Counties and providers by name, as people look for them (Ø and Å last in Norwegian).
                choices.sort(Comparator.comparing(Filter.Choice::label, Collator.getInstance(reader)));
            }
            filters.add(new Filter(dimension, choices, chosen.size()));
        }
        return filters;
    }

    private static void add(List<Filter.Choice> choices, String dimension, String value, String label,
                            Map<String, Integer> counts, Set<String> chosen) {
        int count = counts.getOrDefault(value, 0);
        if (count > 0 || chosen.contains(value)) {
            choices.add(new Filter.Choice(value, label, count, chosen.contains(value), id(dimension, value)));
        }
    }

    /** An element id for the check box: the dimension and the value, with anything but letters and digits as "-". */
    static String id(String dimension, String value) {
        return "f-" + dimension + "-" + value.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
