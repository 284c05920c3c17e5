package no.samkurs.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.search.boundary.SearchParameters;
import no.samkurs.catalog.search.control.Indexing;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.web.layout.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page ({@code /tilbud}): reads the search from the address, asks the index as the person signed in
 * (or as a visitor), and holds the hits, the filters with counts and the pages. A search the index refuses is
 * explained in the reader's language next to what caused it, and the rest of the search is still done.
 */
@Named
@RequestScoped
public class CatalogSearch {

    static final int SIZE = 20;
    /** Drafts are searched too: the index shows them only to those who may see them, visitors never. */
    private static final List<String> STATUSES = List.of("draft", "published", "cancelled");

    @Inject
    Indexing index;

    @Inject
    Readers readers;

    @Inject
    Language language;

    private SearchAddress address = SearchAddress.of(Map.of());
    private SearchRequest request;
    private SearchResult result;
    private List<Hit> hits = List.of();
    private List<Filter> filters = List.of();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private boolean unavailable;

    /** The view action: the search, once per request, before the page is rendered. */
    public void search() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        address = SearchAddress.of(context.getRequestParameterValuesMap());
        Reader reader = readers.of(context.getUserPrincipal());
        SearchAddress tried = address;
        while (result == null && !unavailable) {
            try {
                request = parameters(tried).request(SIZE);
                result = index.search(request, reader);
            } catch (RuleViolation refused) {
                if (refused.kind() == RuleViolation.Kind.UNAVAILABLE) {
                    unavailable = true;
                    context.setResponseStatus(503);
                    context.setResponseHeader("Retry-After", "5");
                } else {
                    String field = refused.field() == null ? "search" : refused.field();
                    errors.put(field, Texts.of(language.getLocale()).error(field));
                    if (tried.values(field).isEmpty()) {
                        break; // nothing left to leave out
                    }
                    tried = tried.without(field);
                }
            }
        }
        errors.forEach((field, message) -> faces.addMessage(fieldId(field),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        if (result != null) {
            hits = result.hits().stream().map(item -> Hit.of(item, language.getLocale(), index::countyName))
                    .toList();
            filters = Filters.of(request, result, language.getLocale(), index::countyName, index::providerName);
        }
    }

    private static SearchParameters parameters(SearchAddress a) {
        int page;
        try {
            page = a.value("page") == null ? 1 : Integer.parseInt(a.value("page").strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("page", "Sidetallet må være et tall.");
        }
        return new SearchParameters(a.value("q"), a.values("topic"), a.values("targetGroup"), a.values("county"),
                a.values("kind"), a.values("delivery"), a.values("provider"), a.value("from"), a.value("to"),
                "true".equals(a.value("open")), "true".equals(a.value("hasSeats")), STATUSES, a.value("sort"), page);
    }

    /** The element on the page an error belongs to: the field, or the filter group. */
    static String fieldId(String field) {
        return switch (field) {
            case "q", "from", "to", "sort" -> field;
            case "page" -> "sider";
            case "search" -> "sok";
            default -> "filter-" + field;
        };
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public boolean isDone() {
        return result != null;
    }

    public String getQ() {
        return address.value("q");
    }

    public String getFrom() {
        return address.value("from");
    }

    public String getTo() {
        return address.value("to");
    }

    public boolean isOpen() {
        return "true".equals(address.value("open"));
    }

    public boolean isHasSeats() {
        return "true".equals(address.value("hasSeats"));
    }

    /** The order shown in the sort menu: the one used, or by date when the search could not be done. */
    public String getOrder() {
        return request == null ? "date" : request.order().name().toLowerCase(java.util.Locale.ROOT);
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public List<Hit> getHits() {
        return hits;
    }

    public List<Filter> getFilters() {
        return filters;
    }

    /** The filters chosen now, each with the address of the same search without it. */
    public List<Chosen> getChosen() {
        List<Chosen> chosen = new ArrayList<>();
        for (Filter filter : filters) {
            filter.choices().stream().filter(Filter.Choice::checked).forEach(c -> chosen.add(new Chosen(c.label(),
                    address.without(filter.dimension(), c.value()).page(1))));
        }
        return chosen;
    }

    public record Chosen(String label, String query) {
    }

    /** Whether anything but the text narrows the search: then a link clears it. */
    public boolean isNarrowed() {
        return !getChosen().isEmpty() || getFrom() != null || getTo() != null || isOpen() || isHasSeats();
    }

    /** The same text and order without any filter. */
    public String getClearQuery() {
        SearchAddress cleared = address;
        for (String name : SearchRequest.DIMENSIONS) {
            cleared = cleared.without(name);
        }
        for (String name : List.of("from", "to", "open", "hasSeats")) {
            cleared = cleared.without(name);
        }
        return cleared.page(1);
    }

    public int getPage() {
        return request == null ? 1 : request.page();
    }

    public int getLastPage() {
        return (int) Math.max(1, (getTotal() + SIZE - 1) / SIZE);
    }

    public long getFirstShown() {
        return Math.min(getTotal(), (long) (getPage() - 1) * SIZE + 1);
    }

    public long getLastShown() {
        return Math.min(getTotal(), (long) getPage() * SIZE);
    }

    /** Page links: the first, the last, and two on each side of this one; 0 stands for a gap. */
    public List<Integer> getPageNumbers() {
        return Pages.around(getPage(), getLastPage());
    }

    public String pageQuery(int page) {
        return address.page(page);
    }
}
