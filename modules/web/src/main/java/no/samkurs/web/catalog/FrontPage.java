package no.samkurs.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.search.control.Indexing;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.web.layout.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static no.samkurs.web.layout.NorwegianTime.OSLO;

/**
 * The front page's ways in: the next webinars (published, not yet over, soonest first) and the catalog by kind,
 * topic and target group, each with how many published offerings it holds. What everyone may see, so asked as a
 * visitor.
 */
@Named
@RequestScoped
public class FrontPage {

    static final int WEBINARS = 5;

    @Inject
    Indexing index;

    @Inject
    Language language;

    private List<Hit> webinars = List.of();
    private List<Filter> filters = List.of();
    private boolean unavailable;

    @PostConstruct
    void find() {
        try {
            LocalDate today = LocalDate.now(OSLO);
            // A few more than shown: one that started today may already be over.
            SearchResult next = index.search(SearchRequest.parse(null, Map.of("kind", List.of("webinar")),
                    today.toString(), null, false, false, List.of("published"), "date", 1, WEBINARS * 2),
                    Reader.ANONYMOUS);
            Instant now = Instant.now();
            webinars = next.hits().stream().map(h -> Hit.of(h, language.getLocale(), index::countyName)).filter(h -> !h.hasEnded(now))
                    .limit(WEBINARS).toList();
            SearchRequest all = SearchRequest.parse(null, Map.of(), null, null, false, false, List.of("published"),
                    "date", 1, 1);
            filters = Filters.of(all, index.search(all, Reader.ANONYMOUS), language.getLocale(), index::countyName,
                    index::providerName);
        } catch (RuleViolation unavailableAtStart) {
            // The index is built in the background after start-up; the search box works meanwhile.
            unavailable = true;
        }
    }

    public List<Hit> getWebinars() {
        return webinars;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    /** The choices of one filter (kind, topic, targetGroup) with their counts. */
    public Filter filter(String dimension) {
        return filters.stream().filter(f -> f.dimension().equals(dimension)).findFirst()
                .orElse(new Filter(dimension, List.of(), 0));
    }
}
