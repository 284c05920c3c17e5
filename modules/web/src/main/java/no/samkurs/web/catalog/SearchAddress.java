package no.samkurs.web.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search as an address: the parameters a person sent (repeated ones kept, empty ones left out), so that every
 * page link, sort and filter link is the same search bookmarked, shared and reloaded alike.
 */
final class SearchAddress {

    /** The language is the page's, not the search's: it is remembered, and the menu switches it. */
    private static final String LANGUAGE = "lang";
    private static final String PAGE = "page";

    private final Map<String, List<String>> parameters;

    private SearchAddress(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    static SearchAddress of(Map<String, String[]> sent) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        sent.forEach((name, values) -> {
            if (!LANGUAGE.equals(name) && !name.startsWith("jakarta.faces")) {
                List<String> nonEmpty = new ArrayList<>();
                for (String value : values) {
                    if (value != null && !value.isBlank()) {
                        nonEmpty.add(value);
                    }
                }
                if (!nonEmpty.isEmpty()) {
                    kept.put(name, nonEmpty);
                }
            }
        });
        return new SearchAddress(kept);
    }

    /** The values sent for a parameter, as sent (the search splits comma-separated lists itself). */
    List<String> values(String name) {
        return parameters.getOrDefault(name, List.of());
    }

    String value(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The same search without a parameter (one the search refused). */
    SearchAddress without(String name) {
        Map<String, List<String>> fewer = new LinkedHashMap<>(parameters);
        fewer.remove(name);
        return new SearchAddress(fewer);
    }

    /** The same search without one value of a filter, sent alone or in a comma-separated list. */
    SearchAddress without(String name, String value) {
        Map<String, List<String>> fewer = new LinkedHashMap<>(parameters);
        List<String> left = new ArrayList<>();
        for (String sent : values(name)) {
            for (String one : sent.split(",")) {
                if (!one.isBlank() && !one.strip().equals(value)) {
                    left.add(one.strip());
                }
            }
        }
        if (left.isEmpty()) {
            fewer.remove(name);
        } else {
            fewer.put(name, left);
        }
        return new SearchAddress(fewer);
    }

    /** The query string of this search at a page ("" for the first page of everything), starting with "?". */
    String page(int page) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, values) -> values.stream().filter(v -> !PAGE.equals(name)).forEach(value ->
                query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(value))));
        if (page > 1) {
            query.append(query.isEmpty() ? "?" : "&").append("page=").append(page);
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
