package no.samkurs.web.coordinator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.search.control.Indexing;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.web.layout.Gate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /koordinator?q=…&status=…&fylke=…&tilbyder=…&type=…&side=…}: the catalog's search for the coordinator's
 * counties, with drafts. Without a status it shows what is current (drafts, published, cancelled).
 */
@Named("region")
@RequestScoped
public class RegionOfferings {

    static final int SIZE = 25;
    static final List<String> CURRENT = List.of("draft", "published", "cancelled");

    @Inject
    Gate gate;

    @Inject
    Indexing indexing;

    @Inject
    Offerings offerings;

    private final RegionFilter filter = new RegionFilter();
    private Reader reader;
    private SearchResult result;
    private List<RegionRow> rows = List.of();
    private String problem;

    /** On GET: only coordinators; the search with their counties, and each hit read whole for its co-hosts. */
    @Transactional
    public void load() {
        Optional<Reader> signedIn = gate.require(Role.Names.REGIONAL_COORDINATOR);
        if (signedIn.isEmpty() || signedIn.get().coordinatorCounties().isEmpty()) {
            return;
        }
        reader = signedIn.get();
        try {
            result = indexing.search(request(), reader);
            rows = result.ids().stream().map(offerings::byId).flatMap(Optional::stream)
                    .map(o -> RegionRow.of(o, indexing::countyName)).toList();
        } catch (RuleViolation e) {
            problem = e.getMessage();
        }
    }

    private SearchRequest request() {
        Map<String, List<String>> filters = new HashMap<>();
        filters.put("county", getCounties().contains(filter.getFylke()) ? List.of(filter.getFylke()) : getCounties());
        filter.kind().ifPresent(k -> filters.put("kind", List.of(k)));
        filter.provider().ifPresent(p -> filters.put("provider", List.of(p)));
        List<String> statuses = filter.status().map(List::of).orElse(CURRENT);
        return SearchRequest.parse(filter.getQ(), filters, null, null, false, false, statuses, null,
                filter.page(), SIZE);
    }

    public RegionFilter getFilter() {
        return filter;
    }

    /** The coordinator's counties by number, in the directory's order. */
    public List<String> getCounties() {
        return reader == null ? List.of() : reader.coordinatorCounties().stream().sorted().toList();
    }

    public String countyName(String number) {
        return indexing.countyName(number);
    }

    public String getCountyNames() {
        return join(getCounties().stream().map(this::countyName).toList());
    }

    public String join(List<String> names) {
        return String.join(", ", names);
    }

    public boolean isWithoutCounties() {
        return reader == null;
    }

    public List<Status> getStatuses() {
        return Arrays.asList(Status.values());
    }

    public List<Kind> getKinds() {
        return Arrays.asList(Kind.values());
    }

    /** The providers found with the other filters (the search's facet), and the chosen one even when none are. */
    public List<Provider> getProviders() {
        List<Provider> providers = new ArrayList<>();
        Map<String, Integer> counts = result == null ? Map.of()
                : result.facets().getOrDefault("provider", Map.of());
        counts.forEach((id, count) -> providers.add(new Provider(id, indexing.providerName(id), count)));
        filter.provider().filter(p -> !counts.containsKey(p))
                .ifPresent(p -> providers.add(new Provider(p, indexing.providerName(p), 0)));
        providers.sort(Comparator.comparing(Provider::name));
        return providers;
    }

    public record Provider(String id, String name, int count) {
    }

    public List<RegionRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + SIZE - 1) / SIZE);
    }

    public String getProblem() {
        return problem;
    }
}
