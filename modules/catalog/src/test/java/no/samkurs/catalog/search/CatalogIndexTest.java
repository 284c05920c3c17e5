package no.samkurs.catalog.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.offering.entity.Venue;
import no.samkurs.catalog.search.control.CatalogIndex;
import no.samkurs.catalog.search.control.IndexedOffering;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.catalog.search.control.SearchResult;
import no.samkurs.directory.organisation.entity.Organisation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static no.samkurs.catalog.Fixtures.COUNTIES;
import static no.samkurs.catalog.Fixtures.KORUS_NORD;
import static no.samkurs.catalog.Fixtures.RKBU_NORD;
import static no.samkurs.catalog.Fixtures.RVTS_NORD;
import static no.samkurs.catalog.Fixtures.RVTS_VEST;
import static no.samkurs.catalog.Fixtures.details;
import static no.samkurs.catalog.Fixtures.oslo;
import static no.samkurs.catalog.Fixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search on a small, known catalog: Norwegian matching, relevance, filters and facet counts. */
class CatalogIndexTest {

    static final Instant NOW = oslo("2026-11-24T10:00");
    static final CatalogIndex index = new CatalogIndex();
    static final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    static void catalog() {
        put("traumer", RVTS_NORD, publish(details(Kind.WEBINAR, Delivery.DIGITAL, "Traumer hos barn i barnehagen",
                Set.of(Topic.TRAUMA), Set.of(TargetGroup.KINDERGARTEN), Set.of("55", "56"), null,
                List.of(session("2027-01-20T09:00", "2027-01-20T11:00"))), RVTS_NORD, KORUS_NORD));
        put("traumebevisst", RVTS_VEST, publish(details(Kind.COURSE, Delivery.IN_PERSON, "Traumebevisst omsorg",
                Set.of(Topic.TRAUMA, Topic.CHILD_WELFARE), Set.of(TargetGroup.CHILD_WELFARE), Set.of("46"),
                new Venue("Scandic Ørnen", "Lars Hilles gate 18", "4601"),
                List.of(session("2027-03-10T09:00", "2027-03-10T15:00"))), RVTS_VEST));
        put("tromso", KORUS_NORD, publish(details(Kind.COURSE, Delivery.HYBRID, "Rusforebygging i Tromsø-skolen",
                Set.of(Topic.SUBSTANCE_USE), Set.of(TargetGroup.SCHOOL), Set.of("55"),
                new Venue("Kulturhuset", "Grønnegata 87", "5501"),
                List.of(session("2027-02-10T09:00", "2027-02-10T15:00"))), KORUS_NORD));
        put("nasjonal", RKBU_NORD, publish(details(Kind.E_LEARNING, Delivery.DIGITAL,
                "Samtaler med foreldre om skjermbruk", Set.of(Topic.PARENTAL_SUPPORT),
                Set.of(TargetGroup.HEALTH_STATION, TargetGroup.SCHOOL), Set.of(), null, List.of()), RKBU_NORD));
        put("utkast", RVTS_NORD, new Offering(RVTS_NORD, details(Kind.WEBINAR, Delivery.DIGITAL,
                "Utkast om traumer i skolen", Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL), Set.of("18"), null,
                List.of(session("2027-01-22T09:00", "2027-01-22T10:00"))), NOW));
        Offering cancelled = publish(details(Kind.WEBINAR, Delivery.DIGITAL, "Selvmordsforebygging for NAV",
                Set.of(Topic.SUICIDE_SELF_HARM), Set.of(TargetGroup.NAV), Set.of("18"), null,
                List.of(session("2027-01-25T12:00", "2027-01-25T13:00"))), RVTS_NORD);
        cancelled.cancel("Foreleser er syk", Actor.editorOf("rvts-nord"), NOW);
        put("avlyst", RVTS_NORD, cancelled);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Offering publish(OfferingDetails details, Organisation lead, Organisation... coHosts) {
        Offering offering = new Offering(lead, details, NOW);
        Actor actor = Actor.editorOf(lead.id());
        for (Organisation coHost : coHosts) {
            if (coHost != lead) {
                offering.invite(coHost, actor, NOW);
                offering.answer(coHost.id(), true, Actor.editorOf(coHost.id()), NOW);
            }
        }
        offering.publish(actor, NOW);
        return offering;
    }

    static void put(String name, Organisation lead, Offering offering) {
        ids.put(offering.id(), name);
        index.put(List.of(IndexedOffering.of(offering, number -> "Kommune " + number, COUNTIES)));
    }

    static SearchResult search(String q, Map<String, List<String>> filters) {
        return search(q, filters, Reader.ANONYMOUS);
    }

    static SearchResult search(String q, Map<String, List<String>> filters, Reader reader) {
        return index.search(SearchRequest.parse(q, filters, null, null, false, false, null, null, 1, 20), reader, NOW);
    }

    static List<String> names(SearchResult result) {
        return result.ids().stream().map(ids::get).toList();
    }

    @Test
    void matchesNorwegianWordsWhateverTheirCaseAccentOrEnding() {
        assertEquals(List.of("tromso"), names(search("TROMSØ", Map.of())));
        assertEquals(List.of("tromso"), names(search("tromso", Map.of())), "ø folded to o");
        assertEquals(List.of("tromso"), names(search("rusforebyggingen", Map.of())), "definite form finds the stem");
        assertEquals(Set.of("traumer", "traumebevisst"), Set.copyOf(names(search("traum", Map.of()))),
                "a prefix finds longer words");
        assertEquals(List.of("traumebevisst"), names(search("ørnen", Map.of())), "venue names are searchable");
    }

    @Test
    void everyWordMustMatchInAnyOrder() {
        assertEquals(List.of("traumer"), names(search("barnehagen traumer", Map.of())));
        assertEquals(List.of("traumer"), names(search("traumer barnehagen", Map.of())));
        assertEquals(List.of(), names(search("traumer tromsø", Map.of())));
    }

    @Test
    void titleHitsRankAboveHitsElsewhere() {
        // "barnevern" is only a topic label of the Bergen course; "barn" is in the title of the first.
        SearchResult result = search("barn", Map.of());
        assertEquals("traumer", names(result).get(0));
        assertTrue(names(result).contains("traumebevisst"), "the topic label 'barnevern' starts with 'barn'");
    }

    @Test
    void equallyGoodMatchesComeInDateOrder() {
        // Both webinars match "webinar" only as a whole word outside the title; the earlier comes first.
        assertEquals(List.of("traumer", "avlyst"), names(search("webinar", Map.of())));
    }

    @Test
    void facetCountsFollowTheOtherFilters() {
        SearchResult all = search(null, Map.of());
        assertEquals(5, all.total(), "published and cancelled; the draft is not public");
        assertEquals(2, all.facets().get("topic").get("trauma"));
        assertEquals(3, all.facets().get("kind").get("webinar") + all.facets().get("kind").get("e-learning"));

        SearchResult webinars = search(null, Map.of("kind", List.of("webinar"), "county", List.of("55")));
        assertEquals(List.of("traumer"), names(webinars));
        assertEquals(Map.of("webinar", 1, "course", 1, "e-learning", 1), webinars.facets().get("kind"),
                "kind counts ignore the kind filter but keep the county filter (the national one counts)");
        assertEquals(1, webinars.facets().get("county").get("55"));
        assertEquals(1, webinars.facets().get("county").get("18"), "county counts ignore the county filter");
        assertEquals(Map.of("rvts-nord", 1, "korus-nord", 1), webinars.facets().get("provider"),
                "a co-hosted offering counts for every host");
    }

    @Test
    void valuesOfOneFilterAreAlternatives() {
        SearchResult result = search(null, Map.of("topic", List.of("trauma", "substance-use")));
        assertEquals(Set.of("traumer", "traumebevisst", "tromso"), Set.copyOf(names(result)));
    }

    @Test
    void providerListsLedAndCoHostedOfferings() {
        assertEquals(Set.of("traumer", "tromso"), Set.copyOf(names(search(null, Map.of("provider", List.of("korus-nord"))))));
    }

    @Test
    void sortsByDateWithoutText() {
        assertEquals(List.of("traumer", "avlyst", "tromso", "traumebevisst", "nasjonal"), names(search(null, Map.of())));
    }

    @Test
    void dateWindowOpenEnrollmentAndSeats() {
        SearchResult february = index.search(SearchRequest.parse(null, Map.of(), "2027-02-01", "2027-02-28", false,
                false, null, null, 1, 20), Reader.ANONYMOUS, NOW);
        assertEquals(List.of("tromso"), names(february));
        SearchResult open = index.search(SearchRequest.parse(null, Map.of(), null, null, true, false, null, null, 1, 20),
                Reader.ANONYMOUS, NOW);
        assertEquals(4, open.total(), "no enrollment window means open while published; cancelled is not open");
        SearchResult seats = index.search(SearchRequest.parse(null, Map.of(), null, null, false, true, null, null, 1, 20),
                Reader.ANONYMOUS, NOW);
        assertEquals(5, seats.total());
    }

    @Test
    void hitsCarryTheirSummaryWithAllHosts() {
        String json = search("barnehagen", Map.of()).items().get(0);
        var item = Json.createReader(new StringReader(json)).readObject();
        assertEquals("Traumer hos barn i barnehagen", item.getString("title"));
        assertEquals(2, item.getJsonArray("hosts").size());
        assertEquals("2027-01-20T09:00:00+01:00", item.getString("firstStart"));
    }

    @Test
    void hitsLeaveOutWhatTheirOfferingDoesNotHave() {
        var selfPaced = item(search("skjermbruk", Map.of()).items().get(0));
        assertEquals(0, selfPaced.getInt("sessionCount"));
        assertEquals(40, selfPaced.getInt("capacity"));
        assertTrue(selfPaced.getBoolean("national"));
        for (String absent : List.of("firstStart", "lastEnd", "venue", "cancelReason", "enrollmentOpens")) {
            assertFalse(selfPaced.containsKey(absent), absent);
        }
        var course = item(search("ørnen", Map.of()).items().get(0));
        assertEquals(Json.createObjectBuilder().add("name", "Scandic Ørnen").add("municipality",
                Json.createObjectBuilder().add("number", "4601").add("name", "Kommune 4601")).build(),
                course.getJsonObject("venue"));
        assertEquals("Foreleser er syk", item(search("selvmordsforebygging", Map.of()).items().get(0))
                .getString("cancelReason"));
    }

    static JsonObject item(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void pagesThroughHits() {
        SearchResult second = index.search(SearchRequest.parse(null, Map.of(), null, null, false, false, null, "date",
                2, 2), Reader.ANONYMOUS, NOW);
        assertEquals(5, second.total());
        assertEquals(List.of("tromso", "traumebevisst"), names(second));
    }

    @Test
    void aReplacedOfferingIsFoundByItsNewTextAndCountedOnce() {
        try (CatalogIndex own = new CatalogIndex()) {
            Offering changing = publish(details(Kind.WEBINAR, Delivery.DIGITAL, "Traumer hos barn i barnehagen",
                    Set.of(Topic.TRAUMA), Set.of(TargetGroup.KINDERGARTEN), Set.of("55"), null,
                    List.of(session("2027-01-20T09:00", "2027-01-20T11:00"))), RVTS_NORD);
            Offering other = publish(details(Kind.COURSE, Delivery.DIGITAL, "Rusforebygging i skolen",
                    Set.of(Topic.SUBSTANCE_USE), Set.of(TargetGroup.SCHOOL), Set.of("55"), null,
                    List.of(session("2027-02-10T09:00", "2027-02-10T15:00"))), KORUS_NORD);
            own.put(List.of(IndexedOffering.of(changing, n -> n, COUNTIES), IndexedOffering.of(other, n -> n, COUNTIES)));
            own.compact();
            changing.update(details(Kind.WEBINAR, Delivery.DIGITAL, "Selvmordsforebygging i barnehagen",
                    Set.of(Topic.SUICIDE_SELF_HARM), Set.of(TargetGroup.KINDERGARTEN), Set.of("55"), null,
                    List.of(session("2027-01-20T09:00", "2027-01-20T11:00"))), Actor.editorOf(RVTS_NORD.id()), NOW);
            own.put(List.of(IndexedOffering.of(changing, n -> n, COUNTIES)));

            SearchRequest request = SearchRequest.parse("selvmord", Map.of(), null, null, false, false, null, null, 1, 20);
            assertEquals(List.of(changing.id()), own.search(request, Reader.ANONYMOUS, NOW).ids());
            request = SearchRequest.parse("traumer", Map.of(), null, null, false, false, null, null, 1, 20);
            assertEquals(0, own.search(request, Reader.ANONYMOUS, NOW).total(), "the old text is gone");
            SearchResult all = own.search(SearchRequest.parse(null, Map.of(), null, null, false, false, null, null, 1,
                    20), Reader.ANONYMOUS, NOW);
            assertEquals(2, all.total());
            assertEquals(Map.of("suicide-self-harm", 1, "substance-use", 1), all.facets().get("topic"),
                    "the replaced version is not counted");
        }
    }
}
