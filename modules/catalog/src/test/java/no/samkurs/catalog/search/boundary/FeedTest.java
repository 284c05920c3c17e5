package no.samkurs.catalog.search.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.search.control.CatalogIndex;
import no.samkurs.catalog.search.control.IndexedOffering;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;
import no.samkurs.catalog.search.control.SeatBoard;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samkurs.catalog.Fixtures.COUNTIES;
import static no.samkurs.catalog.Fixtures.RVTS_NORD;
import static no.samkurs.catalog.Fixtures.oslo;
import static no.samkurs.catalog.Fixtures.webinar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The feed as JSON-B writes it: JSON-LD keywords as keys, a webinar as an Event, never a join link. */
class FeedTest {

    @Test
    void aWebinarIsAnEventWithItsOrganizersAndNoJoinLink() throws Exception {
        Offering webinar = new Offering(RVTS_NORD, webinar("Traumebevisst praksis"), oslo("2026-11-24T10:00"));
        webinar.publish(Actor.editorOf("rvts-nord"), oslo("2026-11-24T10:00"));
        Feed feed = Feed.of(new SearchResult(1, List.of(webinar.id()), List.of(), List.of(), Map.of()),
                id -> Optional.of(webinar), URI.create("https://samkurs.no/api/"));
        String text;
        try (var jsonb = JsonbBuilder.create()) {
            text = jsonb.toJson(feed);
        }
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        assertEquals("https://schema.org", json.getString("@context"));
        assertEquals("DataFeed", json.getString("@type"));
        assertEquals(1, json.getInt("numberOfItems"));
        JsonObject event = json.getJsonArray("dataFeedElement").getJsonObject(0);
        assertEquals("Event", event.getString("@type"));
        assertEquals("https://samkurs.no/api/offerings/" + webinar.id(), event.getString("@id"));
        assertEquals("Organization", event.getJsonArray("organizer").getJsonObject(0).getString("@type"));
        assertEquals("2027-02-03T09:00:00+01:00", event.getString("startDate"));
        assertEquals("VirtualLocation", event.getJsonObject("location").getString("@type"));
        assertEquals("Offer", event.getJsonObject("offers").getString("@type"));
        assertFalse(event.containsKey("provider") || event.containsKey("hasCourseInstance"));
        assertFalse(text.contains("video.example.no"), "the feed never carries join links");
    }

    @Test
    void anOfferingIsSoldOutOrInStockAsTheSearchFoundItNotAsIndexed() throws Exception {
        Offering webinar = new Offering(RVTS_NORD, webinar("Traumebevisst praksis"), oslo("2026-11-24T10:00"));
        webinar.publish(Actor.editorOf("rvts-nord"), oslo("2026-11-24T10:00"));
        SeatBoard board = new SeatBoard();
        try (CatalogIndex index = new CatalogIndex(board); var jsonb = JsonbBuilder.create()) {
            index.put(List.of(IndexedOffering.of(webinar, n -> n, COUNTIES)));
            SearchRequest all = SearchRequest.parse(null, Map.of(), null, null, false, false, null, null, 1, 20);
            board.record(webinar.id(), 40, 40, 2);
            Feed soldOut = Feed.of(index.search(all, Reader.ANONYMOUS, oslo("2026-11-24T10:00")),
                    id -> Optional.of(webinar), URI.create("https://samkurs.no/api/"));
            assertEquals("https://schema.org/SoldOut", availability(jsonb.toJson(soldOut)));
            board.record(webinar.id(), 40, 39, 1);
            Feed inStock = Feed.of(index.search(all, Reader.ANONYMOUS, oslo("2026-11-24T10:00")),
                    id -> Optional.of(webinar), URI.create("https://samkurs.no/api/"));
            assertEquals("https://schema.org/InStock", availability(jsonb.toJson(inStock)));
        }
    }

    static String availability(String feed) {
        return Json.createReader(new StringReader(feed)).readObject().getJsonArray("dataFeedElement")
                .getJsonObject(0).getJsonObject("offers").getString("availability");
    }
}
