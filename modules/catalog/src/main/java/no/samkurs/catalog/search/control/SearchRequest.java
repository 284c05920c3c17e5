package no.samkurs.catalog.search.control;

import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.platform.problem.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One search, checked: free text, the facet filters (values of one filter are alternatives, filters combine), a
 * date window, open enrollment, free seats, statuses, sort and page. Every value outside a vocabulary is refused
 * with the allowed values named; counties, which the directory knows, are checked by {@link #requireCounties}.
 */
public record SearchRequest(String text, Map<String, Set<String>> filters, LocalDate from, LocalDate to,
                            boolean open, boolean hasSeats, Set<Status> statuses, Order order, int page, int size) {

    public enum Order { DATE, RELEVANCE }

    /** Kept for the benchmark, which builds index entries by hand. */
    public static final String PUBLIC = Visibility.PUBLIC;
    public static final int MAX_SIZE = 100;
    public static final List<String> DIMENSIONS = List.of("topic", "targetGroup", "county", "kind", "delivery",
            "provider");

    /** Reads raw query values; each list may hold repeated parameters or comma-separated values. */
    public static SearchRequest parse(String q, Map<String, List<String>> raw, String from, String to, boolean open,
                                      boolean hasSeats, List<String> status, String sort, int page, int size) {
        if (q != null && q.length() > 200) {
            throw RuleViolation.invalid("q", "Søketeksten kan være høyst 200 tegn.");
        }
        if (page < 1) {
            throw RuleViolation.invalid("page", "Sidetallet begynner på 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RuleViolation.invalid("size", "Sidestørrelsen må være mellom 1 og " + MAX_SIZE + ".");
        }
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            Set<String> values = new TreeSet<>();
            for (String value : split(raw.getOrDefault(dimension, List.of()))) {
                values.add(checked(dimension, value));
            }
            if (!values.isEmpty()) {
                filters.put(dimension, values);
            }
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw RuleViolation.invalid("to", "Til-datoen kan ikke være før fra-datoen.");
        }
        Set<Status> statuses = split(status).stream().map(s -> Term.parse(Status.class, "status", s))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class)));
        if (statuses.isEmpty()) {
            statuses = EnumSet.of(Status.PUBLISHED, Status.CANCELLED);
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        Order order = order(sort, text);
        return new SearchRequest(text, filters, fromDate, toDate, open, hasSeats, statuses, order, page, size);
    }

    private static String checked(String dimension, String value) {
        return switch (dimension) {
            case "topic" -> Term.parse(Topic.class, dimension, value).code();
            case "targetGroup" -> Term.parse(TargetGroup.class, dimension, value).code();
            case "kind" -> Term.parse(Kind.class, dimension, value).code();
            case "delivery" -> Term.parse(Delivery.class, dimension, value).code();
            default -> value;
        };
    }

    /** This search, if every county it filters by is one the directory knows; a 400 naming them otherwise. */
    public SearchRequest requireCounties(Set<String> known) {
        for (String county : filters.getOrDefault("county", Set.of())) {
            if (!known.contains(county)) {
                throw RuleViolation.notAllowed("county", county, new TreeSet<>(known).stream().toList());
            }
        }
        return this;
    }

    private static Order order(String sort, String text) {
        if (sort == null || sort.isBlank()) {
            return text == null ? Order.DATE : Order.RELEVANCE;
        }
        return switch (sort.strip().toLowerCase()) {
            case "date" -> Order.DATE;
            case "relevance" -> Order.RELEVANCE;
            default -> throw RuleViolation.notAllowed("sort", sort, List.of("date", "relevance"));
        };
    }

    /** A date parameter as the API takes it (ÅÅÅÅ-MM-DD), null when not given; a 400 naming the field otherwise. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(field, "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2027-01-15.");
        }
    }

    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }
}
