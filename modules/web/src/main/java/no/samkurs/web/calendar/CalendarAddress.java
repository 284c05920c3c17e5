package no.samkurs.web.calendar;

import no.samkurs.calendar.feed.control.CalendarQuery;
import no.samkurs.calendar.feed.control.CalendarQuery.Scope;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The calendar as an address, in the site's Norwegian parameters: {@code visning}, {@code dato}, one of
 * {@code fylke}, {@code region} and {@code tilbyder}, and the catalog's filters {@code tema}, {@code malgruppe} and
 * {@code type} (repeated, with the vocabularies' codes). Values it cannot use are left out and named in
 * {@link #errors()}, so that the rest of the calendar is still shown. The form's one scope menu sends
 * {@code kalender=fylke:46}; such an address is {@link #tidied() tidied} into the usual parameters.
 */
final class CalendarAddress {

    static final String CHOICE = "kalender";
    static final String ALL = "alle";
    /** The parameter of each scope, in the order they win when an address names more than one. */
    private static final Map<Scope, String> SCOPES = Map.of(Scope.COUNTY, "fylke", Scope.REGION, "region",
            Scope.PROVIDER, "tilbyder");
    private static final List<Scope> ORDER = List.of(Scope.COUNTY, Scope.REGION, Scope.PROVIDER);

    private final View view;
    private final LocalDate date;
    private final Scope scope;
    private final String scopeId;
    private final Set<Topic> topics;
    private final Set<TargetGroup> targetGroups;
    private final Set<Kind> kinds;
    private final Set<String> errors;
    private final boolean untidy;

    private CalendarAddress(View view, LocalDate date, Scope scope, String scopeId, Set<Topic> topics,
                            Set<TargetGroup> targetGroups, Set<Kind> kinds, Set<String> errors, boolean untidy) {
        this.view = view;
        this.date = date;
        this.scope = scope;
        this.scopeId = scopeId;
        this.topics = topics;
        this.targetGroups = targetGroups;
        this.kinds = kinds;
        this.errors = errors;
        this.untidy = untidy;
    }

    static CalendarAddress of(Map<String, String[]> sent, LocalDate today) {
        Set<String> errors = new TreeSet<>();
        View view = View.MONTH;
        String visning = first(sent, "visning");
        if (visning != null) {
            view = View.of(visning).orElse(View.MONTH);
            if (View.of(visning).isEmpty()) {
                errors.add("visning");
            }
        }
        LocalDate date = today;
        String dato = first(sent, "dato");
        if (dato != null) {
            try {
                date = LocalDate.parse(dato);
            } catch (DateTimeParseException e) {
                errors.add("dato");
            }
        }
        Scope scope = Scope.ALL;
        String scopeId = null;
        String choice = first(sent, CHOICE);
        if (choice != null) {
            String[] parts = choice.split(":", 2);
            Scope chosen = ORDER.stream().filter(s -> SCOPES.get(s).equals(parts[0])).findFirst().orElse(null);
            if (chosen != null && parts.length == 2 && !parts[1].isBlank()) {
                scope = chosen;
                scopeId = parts[1].strip();
            } else if (!ALL.equals(choice)) {
                errors.add(CHOICE);
            }
        } else {
            for (Scope s : ORDER) {
                String id = first(sent, SCOPES.get(s));
                if (id != null) {
                    scope = s;
                    scopeId = id;
                    break;
                }
            }
        }
        return new CalendarAddress(view, date, scope, scopeId, terms(sent, "tema", Topic.class, errors),
                terms(sent, "malgruppe", TargetGroup.class, errors), terms(sent, "type", Kind.class, errors),
                errors, choice != null);
    }

    private static String first(Map<String, String[]> sent, String name) {
        String[] values = sent.get(name);
        return values == null ? null : Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip)
                .findFirst().orElse(null);
    }

    /** The vocabulary's terms among the values sent, in the vocabulary's order; an unknown code is an error. */
    private static <T extends Enum<T> & Term> Set<T> terms(Map<String, String[]> sent, String name, Class<T> type,
                                                          Set<String> errors) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : sent.getOrDefault(name, new String[0])) {
            for (String code : value == null ? new String[0] : value.split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.strip());
                }
            }
        }
        List<T> found = Arrays.stream(type.getEnumConstants()).filter(t -> codes.contains(t.code())).toList();
        if (found.size() < codes.size()) {
            errors.add(name);
        }
        return found.isEmpty() ? Set.of() : Set.copyOf(found);
    }

    CalendarQuery calendarQuery() {
        return new CalendarQuery(scope, scopeId, view.from(date), view.to(date), topics, targetGroups, kinds);
    }

    /** The same calendar without the catalog's filters. */
    CalendarAddress unfiltered() {
        return new CalendarAddress(view, date, scope, scopeId, Set.of(), Set.of(), Set.of(), errors, untidy);
    }

    /** Whether the address came from the form's scope menu and should be said the usual way. */
    boolean tidied() {
        return untidy;
    }

    /** The query string ("?…") of this calendar in another view or at another date. */
    String query(View in, LocalDate at) {
        List<String> parameters = new ArrayList<>();
        parameters.add("visning=" + in.code());
        parameters.add("dato=" + at);
        parameters.addAll(scopeAndFilters());
        return "?" + String.join("&", parameters);
    }

    /** The query string of this calendar as it is. */
    String query() {
        return query(view, date);
    }

    private List<String> scopeAndFilters() {
        List<String> parameters = new ArrayList<>();
        if (scope != Scope.ALL) {
            parameters.add(SCOPES.get(scope) + "=" + encode(scopeId));
        }
        parameters.addAll(codes("tema", topics));
        parameters.addAll(codes("malgruppe", targetGroups));
        parameters.addAll(codes("type", kinds));
        return parameters;
    }

    /**
     * The feed's path and filters, written as the calendar's API writes them (each filter once, its codes sorted and
     * comma-separated), so that the page and the API give one address: {@code /calendar/county/46.ics?kind=webinar}.
     */
    String feed() {
        String kind = switch (scope) {
            case COUNTY -> "county";
            case REGION -> "region";
            case PROVIDER -> "provider";
            case ALL -> throw new IllegalStateException("A feed is for a county, a region or a provider.");
        };
        List<String> filters = new ArrayList<>();
        feedFilter(filters, "topic", topics);
        feedFilter(filters, "targetGroup", targetGroups);
        feedFilter(filters, "kind", kinds);
        return "/calendar/" + kind + "/" + encode(scopeId) + ".ics"
                + (filters.isEmpty() ? "" : "?" + String.join("&", filters));
    }

    private static void feedFilter(List<String> filters, String name, Set<? extends Term> terms) {
        if (!terms.isEmpty()) {
            filters.add(name + "=" + terms.stream().map(Term::code).sorted().collect(Collectors.joining(",")));
        }
    }

    private static List<String> codes(String name, Set<? extends Term> terms) {
        return terms.stream().sorted().map(t -> name + "=" + encode(t.code())).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    View view() {
        return view;
    }

    LocalDate date() {
        return date;
    }

    Scope scope() {
        return scope;
    }

    String scopeId() {
        return scopeId;
    }

    /** The scope as the form's menu names it: {@code fylke:46}, or {@code alle}. */
    String choice() {
        return scope == Scope.ALL ? ALL : SCOPES.get(scope) + ":" + scopeId;
    }

    boolean chosen(Term term) {
        return topics.contains(term) || targetGroups.contains(term) || kinds.contains(term);
    }

    boolean narrowed() {
        return !(topics.isEmpty() && targetGroups.isEmpty() && kinds.isEmpty());
    }

    int filterCount() {
        return topics.size() + targetGroups.size() + kinds.size();
    }

    /** The parameters it could not use: {@code dato}, {@code visning}, {@code kalender}, {@code tema}, … */
    Set<String> errors() {
        return errors;
    }

    @Override
    public String toString() {
        return query() + errors.stream().collect(Collectors.joining(",", " errors=", ""));
    }
}
