package no.samkurs.app.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo season obeys the catalog's rules and is the realistic season the issue asks for. */
class DemoSeasonTest {

    @Test
    void everyDemoOfferingCanBePublishedAndTheSeasonIsVaried() throws Exception {
        JsonArray season;
        try (InputStream in = DemoSeason.class.getResourceAsStream("/demo/season.json")) {
            season = Json.createReader(in).readArray();
        }
        LocalDate today = LocalDate.of(2026, 11, 24);
        Instant now = Instant.parse("2026-11-24T09:00:00Z");
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Set<String> leads = new HashSet<>();
        int coHosted = 0;
        for (JsonObject item : season.getValuesAs(JsonObject.class)) {
            Offering offering = new Offering(organisation(item.getString("lead")), DemoSeason.details(item, today), now);
            for (JsonString coHost : item.getJsonArray("coHosts") == null ? Set.<JsonString>of()
                    : item.getJsonArray("coHosts").getValuesAs(JsonString.class)) {
                offering.invite(organisation(coHost.getString()), Actor.anAdministrator(), now);
                offering.answer(coHost.getString(), true, Actor.anAdministrator(), now);
            }
            offering.publish(Actor.anAdministrator(), now);
            assertEquals(Status.PUBLISHED, offering.status());
            assertTrue(offering.firstStart().map(s -> s.isAfter(now)).orElse(true), offering.title());
            kinds.add(offering.kind());
            leads.add(offering.lead().id());
            coHosted += offering.hosts().size() > 1 ? 1 : 0;
        }
        assertTrue(season.size() >= 60, "at least 60 offerings");
        assertEquals(EnumSet.allOf(Kind.class), kinds);
        assertEquals(26, leads.size(), "every centre and statsforvalter office leads something");
        assertTrue(coHosted >= 20, "many co-hosted: " + coHosted);
    }

    private static Organisation organisation(String id) {
        return new Organisation(id, id.startsWith("sf-") ? OrganisationType.STATSFORVALTER : OrganisationType.OTHER,
                id, null);
    }
}
