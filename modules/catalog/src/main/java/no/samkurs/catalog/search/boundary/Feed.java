package no.samkurs.catalog.search.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.search.control.SearchItem;
import no.samkurs.catalog.search.control.SearchResult;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static no.samkurs.catalog.offering.entity.Times.oslo;

/**
 * The open feed in schema.org terms (JSON-LD), for municipal intranets and national portals: a {@code DataFeed}
 * of the offerings the search found, each a {@link FeedElement}, available or sold out as the search's hit says.
 */
public record Feed(@JsonbProperty("@context") String context, @JsonbProperty("@type") String type, String name,
                   String inLanguage, String dateModified, long numberOfItems, List<FeedElement> dataFeedElement) {

    static Feed of(SearchResult result, Function<String, Optional<Offering>> offerings, URI api) {
        Map<String, SearchItem> hits = result.hits().stream()
                .collect(Collectors.toMap(SearchItem::id, Function.identity(), (a, b) -> a));
        List<FeedElement> elements = result.ids().stream().map(offerings).flatMap(Optional::stream)
                .map(o -> FeedElement.of(o, api, hits.containsKey(o.id()) ? hits.get(o.id()).seatsLeft()
                        : o.seatsLeft().orElse(null))).toList();
        return new Feed("https://schema.org", "DataFeed", "Samkurs – kompetansetilbud for kommunene", "nb",
                oslo(Instant.now()), result.total(), elements);
    }
}
