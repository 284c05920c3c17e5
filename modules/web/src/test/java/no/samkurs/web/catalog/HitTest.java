package no.samkurs.web.catalog;

import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.search.control.SearchItem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HitTest {

    private static final Map<String, String> COUNTIES = Map.of("56", "Finnmark", "18", "Nordland");

    private static SearchItem item(String status, String language) {
        return new SearchItem("o1", "Traumebevisst praksis", "Kort om det", "course", "in-person", status, 1,
                language, 0, false, Set.of("56", "18"), List.of("trauma"), List.of("school"),
                new Host("rvts-nord", "RVTS Nord"), List.of(new Host("rvts-nord", "RVTS Nord"),
                new Host("korus-nord", "KoRUS Nord")), 2, "2026-12-23T13:00:00+01:00", "2027-01-06T15:00:00+01:00",
                null, "2026-12-20T23:59:00+01:00", 30, 0, null,
                new SearchItem.Place("Kulturhuset", new SearchItem.Municipality("5601", "Alta")), "Syk foreleser",
                "2026-11-25T10:00:00+01:00");
    }

    @Test
    void labelsInTheReadersLanguageAndTimesAsInstants() {
        Hit hit = Hit.of(item("cancelled", "nb"), Locale.forLanguageTag("nn"), COUNTIES::get);
        assertEquals("Kurs", hit.kind());
        assertEquals("Fysisk oppmøte", hit.delivery());
        assertTrue(hit.cancelled());
        assertFalse(hit.draft());
        assertEquals(Instant.parse("2026-12-23T12:00:00Z"), hit.firstStart());
        assertEquals("Kulturhuset, Alta", hit.place());
        assertEquals("RVTS Nord, KoRUS Nord", hit.hostList());
        assertEquals("Finnmark, Nordland", hit.countyList());
        assertEquals(0, hit.seatsLeft());
    }

    @Test
    void theOfferingsLanguageIsMarkedWhereItIsNotThePages() {
        Hit hit = Hit.of(item("published", "nb"), Locale.forLanguageTag("en"), COUNTIES::get);
        assertEquals("nb", hit.langIfNot("en"));
        assertNull(hit.langIfNot("nb"));
    }

    @Test
    void endedWhenTheLastSessionIsOver() {
        Hit hit = Hit.of(item("draft", "nb"), Locale.forLanguageTag("nb"), COUNTIES::get);
        assertTrue(hit.draft());
        assertFalse(hit.hasEnded(Instant.parse("2027-01-06T13:59:00Z")));
        assertTrue(hit.hasEnded(Instant.parse("2027-01-06T14:00:00Z")));
    }
}
