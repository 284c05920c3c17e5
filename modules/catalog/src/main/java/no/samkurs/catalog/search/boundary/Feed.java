package no.samkurs.catalog.search.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.search.control.SearchResult;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static no.samkurs.catalog.offering.entity.Times.oslo;

/**
 * The open feed in schema.org terms (JSON-LD), for municipal intranets and national portals: a {@code DataFeed}
 * of the offerings the search found, each a {@link FeedElement}.
 */
public record Feed(@JsonbProperty("@context") String context, @JsonbProperty("@type") String type, String name,
                   String inLanguage, String dateModified, long numberOfItems, List<FeedElement> dataFeedElement) {

    static Feed of(SearchResult result, Function<String, Optional<Offering>> offerings, URI api) {
        List<FeedElement> elements = result.ids().stream().map(offerings).flatMap(Optional::stream)
                .map(o -> FeedElement.of(o, api)).toList();
        return new Feed("https://schema.org", "DataFeed", "Samkurs – kompetansetilbud for kommunene", "nb",
                oslo(Instant.now()), result.total(), elements);
    }
}
