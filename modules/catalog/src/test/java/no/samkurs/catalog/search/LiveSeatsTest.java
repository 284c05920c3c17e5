package no.samkurs.catalog.search;

import jakarta.json.JsonObject;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.search.control.CatalogIndex;
import no.samkurs.catalog.search.control.IndexedOffering;
import no.samkurs.catalog.search.control.SearchItem;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;
import no.samkurs.catalog.search.control.SeatBoard;
import no.samkurs.catalog.search.control.SeatCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static no.samkurs.catalog.Fixtures.COUNTIES;
import static no.samkurs.catalog.Fixtures.RVTS_NORD;
import static no.samkurs.catalog.Fixtures.webinar;
import static no.samkurs.catalog.search.CatalogIndexTest.NOW;
import static no.samkurs.catalog.search.CatalogIndexTest.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The search's seats come from the live seat board, not from the index: "has seats" and the seats of each hit
 * follow the enrollments without the offering being indexed again.
 */
class LiveSeatsTest {

    final SeatBoard board = new SeatBoard();
    final CatalogIndex index = new CatalogIndex(board);
    Offering limited;
    Offering unlimited;

    @BeforeEach
    void twoOfferings() {
        limited = published(webinar("Traumebevisst praksis"));
        OfferingDetails open = webinar("Selvmordsforebygging");
        unlimited = published(new OfferingDetails(open.kind(), open.delivery(), open.title(), open.summary(),
                open.description(), open.topics(), open.targetGroups(), open.national(), open.counties(),
                open.language(), open.priceNok(), null, null, null, null, null, List.of(), open.sessions()));
        index.put(List.of(indexed(limited), indexed(unlimited)));
        index.compact();
        board.reload(board.stamp(), Map.of(limited.id(), new SeatCount(40, 39, 0)));
    }

    @AfterEach
    void close() {
        index.close();
    }

    static Offering published(OfferingDetails details) {
        Offering offering = new Offering(RVTS_NORD, details, NOW);
        offering.publish(Actor.editorOf(RVTS_NORD.id()), NOW);
        return offering;
    }

    static IndexedOffering indexed(Offering offering) {
        return IndexedOffering.of(offering, n -> n, COUNTIES);
    }

    SearchResult search(boolean hasSeats) {
        return index.search(SearchRequest.parse(null, Map.of(), null, null, false, hasSeats, null, null, 1, 20),
                Reader.ANONYMOUS, NOW);
    }

    @Test
    void hasSeatsLeavesOutAnOfferingWhenItsLastSeatIsTakenAndTakesItBackWhenOneIsFreed() {
        assertEquals(Set.of(limited.id(), unlimited.id()), Set.copyOf(search(true).ids()));

        board.record(limited.id(), 40, 40, 1);
        SearchResult full = search(true);
        assertEquals(List.of(unlimited.id()), full.ids(), "an offering without capacity always has seats");
        assertEquals(1, full.total());
        assertEquals(Map.of("webinar", 1), full.facets().get("kind"), "facets count what the filter leaves");
        assertEquals(2, search(false).total(), "without the filter the full one is still found");

        board.record(limited.id(), 40, 39, 0);
        assertEquals(Set.of(limited.id(), unlimited.id()), Set.copyOf(search(true).ids()));
    }

    @Test
    void hitsShowTheSeatsLeftAndTheWaitlistAsTheyAreNow() {
        board.record(limited.id(), 40, 40, 3);
        SearchResult result = search(false);
        int at = result.ids().indexOf(limited.id());
        JsonObject json = item(result.items().get(at));
        assertEquals(40, json.getInt("capacity"));
        assertEquals(0, json.getInt("seatsLeft"));
        assertEquals(3, json.getInt("waitlisted"));
        assertEquals("Traumebevisst praksis", json.getString("title"), "the rest of the hit as indexed");
        SearchItem hit = result.hits().get(at);
        assertEquals(0, hit.seatsLeft());
        assertEquals(3, hit.waitlisted());

        board.record(limited.id(), 40, 38, 0);
        json = item(search(false).items().get(at));
        assertEquals(2, json.getInt("seatsLeft"));
        assertEquals(0, json.getInt("waitlisted"));
    }

    @Test
    void anOfferingWithoutCapacityShowsNoSeats() {
        SearchResult result = search(false);
        int at = result.ids().indexOf(unlimited.id());
        JsonObject json = item(result.items().get(at));
        for (String absent : List.of("capacity", "seatsLeft", "waitlisted")) {
            assertFalse(json.containsKey(absent), absent);
        }
        assertNull(result.hits().get(at).waitlisted());
    }

    @Test
    void anOfferingTheBoardDoesNotKnowYetShowsItsSeatsAsIndexed() {
        try (CatalogIndex own = new CatalogIndex()) {
            own.put(List.of(indexed(limited)));
            SearchResult result = own.search(SearchRequest.parse(null, Map.of(), null, null, false, true, null, null,
                    1, 20), Reader.ANONYMOUS, NOW);
            JsonObject json = item(result.items().get(0));
            assertEquals(40, json.getInt("seatsLeft"));
            assertEquals(0, json.getInt("waitlisted"));
        }
    }

    @Test
    void aFullOfferingStaysOutWhenOtherOfferingsAreIndexedAfterIt() {
        board.record(limited.id(), 40, 40, 0);
        assertEquals(List.of(unlimited.id()), search(true).ids());
        Offering another = published(webinar("Rusforebygging i skolen"));
        index.put(List.of(indexed(another), indexed(unlimited))); // a new reader: the full ones are looked up again
        assertEquals(Set.of(unlimited.id(), another.id()), Set.copyOf(search(true).ids()));
        board.record(limited.id(), 40, 0, 0);
        assertEquals(3, search(true).total());
    }
}
