package no.samkurs.catalog.offering.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static no.samkurs.catalog.Fixtures.KORUS_NORD;
import static no.samkurs.catalog.Fixtures.RVTS_NORD;
import static no.samkurs.catalog.Fixtures.oslo;
import static no.samkurs.catalog.Fixtures.webinar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One offering as JSON-B writes it: the fields the pages and clients read, absent values left out. */
class OfferingViewTest {

    static final Jsonb JSONB = JsonbBuilder.create();
    static final Reader LEAD = new Reader("r@rvts.no", "rvts-nord", true, Set.of(), false);

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    static JsonObject json(Offering offering, Reader reader) {
        String json = JSONB.toJson(OfferingView.of(offering, reader, Locale.forLanguageTag("nn")));
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void anInsiderSeesLabelsHostsCoHostsAndJoinLinks() {
        Offering offering = new Offering(RVTS_NORD, webinar("Traumebevisst praksis"), oslo("2026-11-24T10:00"));
        offering.invite(KORUS_NORD, Actor.editorOf("rvts-nord"), oslo("2026-11-24T10:00"));
        JsonObject json = json(offering, LEAD);
        assertEquals("{\"code\":\"draft\",\"label\":\"Utkast\"}", json.getJsonObject("status").toString());
        assertEquals("[\"55\",\"56\"]", json.getJsonArray("counties").toString());
        assertEquals("{\"id\":\"rvts-nord\",\"name\":\"RVTS Nord\"}", json.getJsonObject("lead").toString());
        assertEquals("2027-02-03T09:00:00+01:00", json.getJsonArray("sessions").getJsonObject(0).getString("start"));
        assertEquals("https://video.example.no/m",
                json.getJsonArray("sessions").getJsonObject(0).getString("joinUrl"));
        JsonObject coHost = json.getJsonArray("coHosts").getJsonObject(0);
        assertEquals("korus-nord", coHost.getJsonObject("organisation").getString("id"));
        assertEquals("Invitert", coHost.getJsonObject("state").getString("label"));
        assertEquals("2026-11-24T10:00:00+01:00", coHost.getString("invitedAt"));
    }

    @Test
    void absentValuesAreLeftOutAndOutsidersSeeNoJoinLinks() {
        Offering offering = new Offering(RVTS_NORD, webinar("Traumebevisst praksis"), oslo("2026-11-24T10:00"));
        offering.publish(Actor.editorOf("rvts-nord"), oslo("2026-11-24T10:00"));
        JsonObject json = json(offering, Reader.ANONYMOUS);
        for (String absent : new String[]{"coHosts", "venue", "contact", "cancelReason", "enrollmentOpens",
                "enrollmentCloses"}) {
            assertFalse(json.containsKey(absent), absent);
        }
        assertFalse(json.getJsonArray("sessions").getJsonObject(0).containsKey("joinUrl"));
        assertEquals(40, json.getInt("capacity"));
        assertEquals("2026-11-24T10:00:00+01:00", json.getString("publishedAt"));
    }

    @Test
    void withACapacityComeTheSeatsLeftAndTheWaitlistWithoutOneNeither() {
        Offering limited = new Offering(RVTS_NORD, webinar("Traumebevisst praksis"), oslo("2026-11-24T10:00"));
        JsonObject json = json(limited, LEAD);
        assertEquals(40, json.getInt("seatsLeft"));
        assertEquals(0, json.getInt("waitlisted"));

        OfferingDetails d = webinar("Traumebevisst praksis");
        Offering unlimited = new Offering(RVTS_NORD, new OfferingDetails(d.kind(), d.delivery(), d.title(),
                d.summary(), d.description(), d.topics(), d.targetGroups(), d.national(), d.counties(),
                d.language(), d.priceNok(), null, null, null, null, null, List.of(), d.sessions()),
                oslo("2026-11-24T10:00"));
        json = json(unlimited, LEAD);
        for (String absent : new String[]{"capacity", "seatsLeft", "waitlisted"}) {
            assertFalse(json.containsKey(absent), absent);
        }
    }
}
