package no.samkurs.systemtest;

import jakarta.json.JsonObject;
import no.samkurs.platform.schema.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog through its REST API on the packaged WAR and MariaDB: an editor's draft, co-hosting across
 * organisations, who may read and change what (403s), stale versions (409), publishing, search, feed, bad input.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    static final String PASSWORD = "samkurs-demo";
    static TestDatabase database;

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive samkurs() {
        database = TestDatabase.mysql(ApiIT.DATABASE);
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("samkurs.war")));
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    Client client() throws Exception {
        URI uri = deployed.toURI();
        return new Client(new URI("http", null, "127.0.0.1", uri.getPort(), uri.getPath(), null, null));
    }

    static final String WEBINAR = """
            {"kind": "webinar", "delivery": "digital", "title": "Traumer hos de minste – webinar for barnehager",
             "summary": "Hvordan kjenne igjen og møte barn som har opplevd vold.",
             "topics": ["trauma", "violence-abuse"], "targetGroups": ["kindergarten"], "counties": ["55"],
             "capacity": 300, "sessions": [{"start": "2027-02-03T09:00", "end": "2027-02-03T10:30",
             "joinUrl": "https://video.example.no/traumer"}]}""";

    @Test
    void editorsPublishJointlyAndEveryoneFindsIt() throws Exception {
        Client anonymous = client();
        awaitSearch(anonymous);
        Client rvts = client().as("redaktor@samkurs.no", PASSWORD);
        Client admin = client().as("admin@samkurs.no", PASSWORD);
        assertEquals(201, admin.postJson("api/people", """
                {"email": "korus@samkurs.no", "name": "Kåre KoRUS", "password": "et-langt-passord",
                 "roles": ["provider-editor"], "organisation": "korus-nord"}""").statusCode());
        Client korus = client().as("korus@samkurs.no", "et-langt-passord");
        Client coordinator = client().as("koordinator@samkurs.no", PASSWORD);

        HttpResponse<String> created = rvts.postJson("api/offerings", WEBINAR);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = Client.object(created);
        String id = draft.getString("id");
        assertEquals("draft", draft.getJsonObject("status").getString("code"));
        assertEquals("Utkast", draft.getJsonObject("status").getString("label"));

        assertEquals(404, anonymous.get("api/offerings/" + id).statusCode(), "drafts are not public");
        assertEquals(403, korus.get("api/offerings/" + id).statusCode(), "nor open to other organisations");
        assertEquals(200, coordinator.get("api/offerings/" + id).statusCode(), "the coordinator of Troms reads it");
        assertEquals(403, korus.send("PUT", "api/offerings/" + id, "application/json",
                WEBINAR.replace("{\"kind\"", "{\"version\": " + draft.getInt("version") + ", \"kind\"")).statusCode());

        assertEquals(200, rvts.postJson("api/offerings/" + id + "/co-hosts", "{\"organisation\": \"korus-nord\"}")
                .statusCode());
        HttpResponse<String> early = rvts.postJson("api/offerings/" + id + "/publish", "");
        assertEquals(409, early.statusCode(), "waits for the co-host's answer");
        assertTrue(Client.object(early).getString("detail").contains("KoRUS Nord"));
        assertEquals(200, korus.get("api/offerings/" + id).statusCode(), "the invited co-host reads the draft");
        assertEquals(403, rvts.postJson("api/offerings/" + id + "/co-hosts/korus-nord/accept", "").statusCode(),
                "only the invited organisation answers");
        assertEquals(200, korus.postJson("api/offerings/" + id + "/co-hosts/korus-nord/accept", "").statusCode());

        JsonObject current = Client.object(korus.get("api/offerings/" + id));
        int version = current.getInt("version");
        String edited = WEBINAR.replace("{\"kind\"", "{\"version\": " + version + ", \"kind\"")
                .replace("for barnehager", "for barnehager og skoler");
        HttpResponse<String> byCoHost = korus.send("PUT", "api/offerings/" + id, "application/json", edited);
        assertEquals(200, byCoHost.statusCode(), byCoHost.body());
        HttpResponse<String> stale = rvts.send("PUT", "api/offerings/" + id, "application/json", edited);
        assertEquals(409, stale.statusCode(), "the lead's copy is stale now");
        assertEquals("application/problem+json", stale.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(403, korus.postJson("api/offerings/" + id + "/cancel", "{\"reason\": \"x\"}").statusCode(),
                "only the lead cancels");

        JsonObject published = Client.object(rvts.postJson("api/offerings/" + id + "/publish", ""));
        assertEquals("published", published.getJsonObject("status").getString("code"));
        assertEquals(1, published.getInt("revision"));
        assertEquals(2, published.getJsonArray("hosts").size());

        JsonObject found = Client.object(anonymous.get("api/offerings?q=TRAUM%20barnehage&county=55&kind=webinar"));
        assertEquals(1, found.getInt("total"));
        assertEquals(id, found.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals(1, found.getJsonObject("facets").getJsonArray("kind").getJsonObject(1).getInt("count"));
        JsonObject pub = Client.object(anonymous.get("api/offerings/" + id));
        assertTrue(!pub.getJsonArray("sessions").getJsonObject(0).containsKey("joinUrl"),
                "join links are for participants, not the public page");
        assertTrue(Client.array(anonymous.get("api/organisations/korus-nord/offerings")).toString().contains(id),
                "a co-hosted offering is in every host's listing");

        HttpResponse<String> feed = anonymous.get("api/offerings/feed?topic=trauma");
        assertEquals(200, feed.statusCode());
        JsonObject event = Client.object(feed).getJsonArray("dataFeedElement").getJsonObject(0);
        assertEquals("Event", event.getString("@type"));
        assertEquals(2, event.getJsonArray("organizer").size());
        assertEquals("https://schema.org/OnlineEventAttendanceMode", event.getString("eventAttendanceMode"));
        assertTrue(!feed.body().contains("video.example.no"), "the feed never carries join links");

        JsonObject cancelled = Client.object(rvts.postJson("api/offerings/" + id + "/cancel",
                "{\"reason\": \"Foreleser er syk\"}"));
        assertEquals("cancelled", cancelled.getJsonObject("status").getString("code"));
        assertEquals(2, cancelled.getInt("revision"));
        JsonObject still = Client.object(anonymous.get("api/offerings?q=traumer"));
        assertEquals("cancelled", still.getJsonArray("items").getJsonObject(0).getString("status"),
                "a cancelled offering stays visible as cancelled");
    }

    @Test
    void badInputIsRefusedInNorwegianAndNothingIsStored() throws Exception {
        Client anonymous = client();
        awaitSearch(anonymous);
        Client rvts = client().as("redaktor@samkurs.no", PASSWORD);
        int before = Client.array(rvts.get("api/organisations/rvts-nord/offerings")).size();

        HttpResponse<String> vocabulary = rvts.postJson("api/offerings", WEBINAR.replace("\"trauma\",", "\"astrologi\","));
        assertEquals(400, vocabulary.statusCode());
        JsonObject problem = Client.object(vocabulary);
        assertEquals("topics", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getJsonArray("allowedValues").toString().contains("suicide-self-harm"));

        HttpResponse<String> missing = rvts.postJson("api/offerings", WEBINAR.replace(
                "\"title\": \"Traumer hos de minste – webinar for barnehager\",", ""));
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("\"field\":\"title\"") && missing.body().contains("Tittel må fylles ut."),
                missing.body());

        HttpResponse<String> backwards = rvts.postJson("api/offerings", WEBINAR.replace("10:30", "08:30"));
        assertEquals(400, backwards.statusCode());
        assertTrue(backwards.body().contains("sessions[0].end"), backwards.body());

        assertEquals(before, Client.array(rvts.get("api/organisations/rvts-nord/offerings")).size(),
                "nothing half-stored");
        assertEquals(403, client().as("deltaker@samkurs.no", PASSWORD).postJson("api/offerings", WEBINAR)
                .statusCode(), "participants do not publish");
        assertEquals(401, anonymous.postJson("api/offerings", WEBINAR).statusCode());

        HttpResponse<String> page = anonymous.get("api/offerings?size=101");
        assertEquals(400, page.statusCode());
        assertTrue(Client.object(page).getString("detail").contains("mellom 1 og 100"));
        HttpResponse<String> unknown = anonymous.get("api/offerings?kind=seminar");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("e-learning"));
    }

    /** The search index is built in the background after start-up; it answers 503 until then. */
    static void awaitSearch(Client client) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (client.get("api/offerings").statusCode() != 200) {
            assertTrue(Instant.now().isBefore(deadline), "search ready within 60 s");
            Thread.sleep(200);
        }
    }
}
